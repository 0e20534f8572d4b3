CREATE INDEX `calls_language_started_idx` ON `calls` (`language`,`started_at`);--> statement-breakpoint
CREATE INDEX `calls_status_interruptions_idx` ON `calls` ("statuses" ->> '$.interruptions');--> statement-breakpoint
CREATE INDEX `calls_status_paraphrasing_idx` ON `calls` ("statuses" ->> '$.paraphrasing');--> statement-breakpoint
CREATE INDEX `calls_status_follow_up_questions_idx` ON `calls` ("statuses" ->> '$.follow_up_questions');--> statement-breakpoint
CREATE INDEX `calls_status_acknowledge_emotion_idx` ON `calls` ("statuses" ->> '$.acknowledge_emotion');--> statement-breakpoint
CREATE INDEX `calls_status_acts_on_what_was_said_idx` ON `calls` ("statuses" ->> '$.acts_on_what_was_said');--> statement-breakpoint
CREATE INDEX `calls_status_pacing_idx` ON `calls` ("statuses" ->> '$.pacing');