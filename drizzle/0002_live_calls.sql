CREATE TABLE `live_calls` (
	`id` text PRIMARY KEY NOT NULL,
	`agent_id` text NOT NULL,
	`agent_name` text,
	`language` text,
	`started_at` text NOT NULL,
	`owner_id` text NOT NULL,
	`owner_name` text NOT NULL,
	`status` text DEFAULT 'live' NOT NULL,
	`last_seq` integer DEFAULT 0 NOT NULL,
	`call_id` text,
	`error` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`ended_at` text
);
--> statement-breakpoint
CREATE INDEX `live_calls_status_idx` ON `live_calls` (`status`);--> statement-breakpoint
CREATE TABLE `live_segments` (
	`live_call_id` text NOT NULL,
	`seq` integer NOT NULL,
	`speaker` text NOT NULL,
	`text` text NOT NULL,
	`start` real,
	`end` real,
	`received_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`live_call_id`, `seq`),
	FOREIGN KEY (`live_call_id`) REFERENCES `live_calls`(`id`) ON UPDATE no action ON DELETE cascade
);
