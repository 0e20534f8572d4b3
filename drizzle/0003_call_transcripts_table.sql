CREATE TABLE `call_transcripts` (
	`call_id` text PRIMARY KEY NOT NULL,
	`transcript` text NOT NULL,
	FOREIGN KEY (`call_id`) REFERENCES `calls`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `call_transcripts` (`call_id`, `transcript`) SELECT `id`, `transcript` FROM `calls`;--> statement-breakpoint
DROP INDEX `calls_overall_idx`;--> statement-breakpoint
CREATE INDEX `calls_score_idx` ON `calls` (coalesce("overall", -1),`id`);--> statement-breakpoint
CREATE INDEX `calls_agent_score_idx` ON `calls` (`agent_id`,coalesce("overall", -1),`id`);--> statement-breakpoint
ALTER TABLE `calls` DROP COLUMN `transcript`;
