export { ScenariosScreen } from './scenarios-screen';
