import { bootGadget } from '../../shared/boot';
import { OverdueGadget } from './overdue-gadget';

bootGadget((context) => <OverdueGadget context={context} />);
