export { EngineChoice } from './engine-choice';
export { EngineSwitch } from './engine-switch';
