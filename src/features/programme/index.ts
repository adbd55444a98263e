export { ProgrammeScreen } from './programme-screen';
