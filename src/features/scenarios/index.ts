// The screen is being built (see the open issue); until then it says so.
export { ScenariosScreen } from './scenarios-screen';
