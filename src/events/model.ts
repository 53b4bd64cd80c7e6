// What the events stage knows beyond its rules: the trigger and cue lexicons and the topic gate.
import type { CueEntry, FormIndex, TriggerEntry } from "./lexicon.js";
import type { TopicModel } from "./topic.js";

export type EventsModel = {
  triggers: FormIndex<TriggerEntry>;
  cues: FormIndex<CueEntry>;
  /** document topic classifier (sport/economy/culture vs news); null: every article is treated as news */
  topic: TopicModel | null;
};
