import { bootGadget } from '../../shared/boot';
import { CoverageGadget } from './coverage-gadget';

bootGadget((context) => <CoverageGadget context={context} />);
