export { UncertaintyScreen } from './uncertainty-screen';
