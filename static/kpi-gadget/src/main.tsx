import { bootGadget } from '../../shared/boot';
import { KpiGadget } from './kpi-gadget';

bootGadget((context) => <KpiGadget context={context} />);
