export { analyze, type EngineResources } from "./analyze.js";
