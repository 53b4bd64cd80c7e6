export { analyze, newStageProfile, type AnalyzeOptions, type EngineResources, type StageProfile } from "./analyze.js";
