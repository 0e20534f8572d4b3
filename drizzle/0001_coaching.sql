CREATE TABLE `assignments` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`agent_id` text NOT NULL,
	`assigned_by` text,
	`assigned_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`due_at` text,
	`status` text DEFAULT 'assigned' NOT NULL,
	`completed_at` text,
	`reflection` text,
	FOREIGN KEY (`session_id`) REFERENCES `coaching_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agent_id`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assignments_session_agent_idx` ON `assignments` (`session_id`,`agent_id`);--> statement-breakpoint
CREATE INDEX `assignments_agent_idx` ON `assignments` (`agent_id`,`assigned_at`);--> statement-breakpoint
CREATE TABLE `clip_reviews` (
	`assignment_id` text NOT NULL,
	`clip_id` text NOT NULL,
	`reviewed_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`assignment_id`, `clip_id`),
	FOREIGN KEY (`assignment_id`) REFERENCES `assignments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`clip_id`) REFERENCES `session_clips`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `coaching_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`language` text NOT NULL,
	`created_by` text,
	`created_by_name` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `coaching_sessions_created_idx` ON `coaching_sessions` (`created_at`);--> statement-breakpoint
CREATE TABLE `drill_attempts` (
	`id` text PRIMARY KEY NOT NULL,
	`assignment_id` text NOT NULL,
	`clip_id` text NOT NULL,
	`customer_turn` integer NOT NULL,
	`reply` text NOT NULL,
	`language` text NOT NULL,
	`tags` text NOT NULL,
	`feedback` text NOT NULL,
	`by_user_id` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`assignment_id`) REFERENCES `assignments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`clip_id`) REFERENCES `session_clips`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `drill_attempts_assignment_idx` ON `drill_attempts` (`assignment_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `session_clips` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`position` integer NOT NULL,
	`call_id` text NOT NULL,
	`from_turn` integer NOT NULL,
	`to_turn` integer NOT NULL,
	`focus_turn` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`kind` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `coaching_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`call_id`) REFERENCES `calls`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `session_clips_session_idx` ON `session_clips` (`session_id`,`position`);--> statement-breakpoint
CREATE TABLE `session_focus_items` (
	`session_id` text NOT NULL,
	`item_id` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`session_id`, `item_id`),
	FOREIGN KEY (`session_id`) REFERENCES `coaching_sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
