import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Inspection1795977857108 implements MigrationInterface {
  name = 'Inspection1795977857108';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `round` (`id` int NOT NULL AUTO_INCREMENT, `version` int NOT NULL DEFAULT '1', `createdAt` varchar(24) NOT NULL, `updatedAt` varchar(24) NOT NULL, `leadingGroupId` int NOT NULL, `year` int NOT NULL, `number` int NOT NULL, `title` varchar(200) NOT NULL, `status` enum ('DRAFT', 'APPROVED') NOT NULL DEFAULT 'DRAFT', `approvedOn` varchar(10) NULL, `scopePath` varchar(255) NOT NULL, INDEX `IDX_round_scopePath` (`scopePath`), UNIQUE INDEX `IDX_round_group_year_number` (`leadingGroupId`, `year`, `number`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `round_target` (`id` int NOT NULL AUTO_INCREMENT, `version` int NOT NULL DEFAULT '1', `createdAt` varchar(24) NOT NULL, `updatedAt` varchar(24) NOT NULL, `roundId` int NOT NULL, `bodyId` int NOT NULL, `scopePath` varchar(255) NOT NULL, INDEX `IDX_round_target_scopePath` (`scopePath`), UNIQUE INDEX `IDX_round_target_round_body` (`roundId`, `bodyId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `assignment` (`id` int NOT NULL AUTO_INCREMENT, `version` int NOT NULL DEFAULT '1', `createdAt` varchar(24) NOT NULL, `updatedAt` varchar(24) NOT NULL, `roundId` int NOT NULL, `teamId` int NOT NULL, `targetId` int NOT NULL, `stage` enum ('PREPARATION', 'INQUIRY', 'REPORTING', 'FEEDBACK', 'TRANSFER', 'CLOSED') NOT NULL DEFAULT 'PREPARATION', `startsOn` varchar(10) NOT NULL, `endsOn` varchar(10) NOT NULL, `workPlan` text NOT NULL, `noticeSentOn` varchar(10) NULL, `contactChannels` varchar(500) NOT NULL DEFAULT '', `intakeToken` varchar(64) NOT NULL, `closedOn` varchar(10) NULL, `scopePath` varchar(255) NOT NULL, `targetPath` varchar(255) NOT NULL, UNIQUE INDEX `IDX_assignment_intakeToken` (`intakeToken`), INDEX `IDX_assignment_round` (`roundId`), INDEX `IDX_assignment_scopePath_stage` (`scopePath`, `stage`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `assignment_member` (`id` int NOT NULL AUTO_INCREMENT, `version` int NOT NULL DEFAULT '1', `createdAt` varchar(24) NOT NULL, `updatedAt` varchar(24) NOT NULL, `assignmentId` int NOT NULL, `personId` int NOT NULL, `recusalException` varchar(500) NULL, `scopePath` varchar(255) NOT NULL, INDEX `IDX_assignment_member_scopePath` (`scopePath`), INDEX `IDX_assignment_member_person` (`personId`), UNIQUE INDEX `IDX_assignment_member_unique` (`assignmentId`, `personId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `activity` (`id` int NOT NULL AUTO_INCREMENT, `version` int NOT NULL DEFAULT '1', `createdAt` varchar(24) NOT NULL, `updatedAt` varchar(24) NOT NULL, `assignmentId` int NOT NULL, `scopePath` varchar(255) NOT NULL, `method` enum ('HEARING_REPORTS', 'ATTENDING_MEETINGS', 'LETTERS_CALLS_VISITS', 'SYMPOSIUM', 'INDIVIDUAL_TALK', 'DOCUMENT_REVIEW', 'DEMOCRATIC_EVALUATION', 'FIELD_VISIT', 'EXPERT_ASSISTANCE') NOT NULL, `heldOn` varchar(10) NOT NULL, `description` text NOT NULL, `peopleReached` int NOT NULL DEFAULT '0', INDEX `IDX_81b06e86ffc738098fd9da50ed` (`assignmentId`), INDEX `IDX_activity_scopePath_heldOn` (`scopePath`, `heldOn`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `briefing` (`id` int NOT NULL AUTO_INCREMENT, `version` int NOT NULL DEFAULT '1', `createdAt` varchar(24) NOT NULL, `updatedAt` varchar(24) NOT NULL, `assignmentId` int NOT NULL, `scopePath` varchar(255) NOT NULL, `sourceBodyId` int NOT NULL, `requestedOn` varchar(10) NOT NULL, `receivedOn` varchar(10) NULL, `summary` text NOT NULL, INDEX `IDX_30eff40ab48c687ec52b54e5b5` (`assignmentId`), INDEX `IDX_briefing_scopePath` (`scopePath`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `finding` (`id` int NOT NULL AUTO_INCREMENT, `version` int NOT NULL DEFAULT '1', `createdAt` varchar(24) NOT NULL, `updatedAt` varchar(24) NOT NULL, `assignmentId` int NOT NULL, `scopePath` varchar(255) NOT NULL, `targetId` int NOT NULL, `subjectPersonId` int NULL, `category` enum ('CORRUPTION', 'WORK_STYLE', 'POLITICAL_DISCIPLINE', 'PERSONNEL') NOT NULL, `subKind` varchar(40) NOT NULL, `sourceMethod` enum ('HEARING_REPORTS', 'ATTENDING_MEETINGS', 'LETTERS_CALLS_VISITS', 'SYMPOSIUM', 'INDIVIDUAL_TALK', 'DOCUMENT_REVIEW', 'DEMOCRATIC_EVALUATION', 'FIELD_VISIT', 'EXPERT_ASSISTANCE') NOT NULL, `severity` enum ('MINOR', 'SERIOUS', 'GRAVE') NOT NULL, `evidenceSummary` text NOT NULL, `urgent` tinyint NOT NULL DEFAULT 0, `urgentOn` varchar(10) NULL, `status` enum ('RECORDED', 'DECIDED', 'TRANSFERRED', 'CONCLUDED') NOT NULL DEFAULT 'RECORDED', `decision` enum ('TRANSFER', 'RECTIFY', 'NO_FURTHER_ACTION') NULL, `decisionNote` text NULL, `decidedOn` varchar(10) NULL, `transferredToId` int NULL, `transferredToPath` varchar(255) NOT NULL, `routingOverride` varchar(500) NULL, `transferredOn` varchar(10) NULL, `outcome` text NULL, `outcomeOn` varchar(10) NULL, `targetPath` varchar(255) NOT NULL, INDEX `IDX_99303f96a6e2cb16f0bb64486f` (`assignmentId`), INDEX `IDX_finding_urgent` (`urgent`, `scopePath`), INDEX `IDX_finding_transferredToPath` (`transferredToPath`), INDEX `IDX_finding_scopePath_category` (`scopePath`, `category`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `intake_item` (`id` int NOT NULL AUTO_INCREMENT, `version` int NOT NULL DEFAULT '1', `createdAt` varchar(24) NOT NULL, `updatedAt` varchar(24) NOT NULL, `assignmentId` int NOT NULL, `scopePath` varchar(255) NOT NULL, `channel` enum ('LETTER', 'CALL', 'VISIT', 'ONLINE') NOT NULL, `receivedOn` varchar(10) NOT NULL, `content` text NOT NULL, `anonymous` tinyint NOT NULL DEFAULT 1, INDEX `IDX_cf0b491ebadc6f24f2ebef4ff0` (`assignmentId`), INDEX `IDX_intake_item_scopePath_receivedOn` (`scopePath`, `receivedOn`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `intake_informant` (`id` int NOT NULL AUTO_INCREMENT, `version` int NOT NULL DEFAULT '1', `createdAt` varchar(24) NOT NULL, `updatedAt` varchar(24) NOT NULL, `intakeItemId` int NOT NULL, `assignmentId` int NOT NULL, `name` varchar(60) NOT NULL, `contact` varchar(200) NOT NULL DEFAULT '', `scopePath` varchar(255) NOT NULL, UNIQUE INDEX `IDX_intake_informant_item` (`intakeItemId`), UNIQUE INDEX `REL_60eb651d3d4b7b4e23cc7e9a43` (`intakeItemId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `person_relation` (`id` int NOT NULL AUTO_INCREMENT, `version` int NOT NULL DEFAULT '1', `createdAt` varchar(24) NOT NULL, `updatedAt` varchar(24) NOT NULL, `personId` int NOT NULL, `relativeName` varchar(60) NOT NULL, `relation` varchar(40) NOT NULL, `relativeBodyId` int NOT NULL, `relativeBodyPath` varchar(255) NOT NULL, `scopePath` varchar(255) NOT NULL, INDEX `IDX_person_relation_scopePath` (`scopePath`), INDEX `IDX_person_relation_person` (`personId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `rectification_item` (`id` int NOT NULL AUTO_INCREMENT, `version` int NOT NULL DEFAULT '1', `createdAt` varchar(24) NOT NULL, `updatedAt` varchar(24) NOT NULL, `assignmentId` int NOT NULL, `scopePath` varchar(255) NOT NULL, `findingId` int NULL, `description` text NOT NULL, `deadline` varchar(10) NOT NULL, `progress` text NOT NULL, `status` enum ('OPEN', 'SUBMITTED', 'CLOSED') NOT NULL DEFAULT 'OPEN', `closedOn` varchar(10) NULL, `returnNote` varchar(500) NULL, `targetPath` varchar(255) NOT NULL, INDEX `IDX_7e017f8d014792dcc69155a70f` (`assignmentId`), INDEX `IDX_rectification_item_scopePath` (`scopePath`, `deadline`), INDEX `IDX_rectification_item_targetPath` (`targetPath`, `deadline`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `report` (`id` int NOT NULL AUTO_INCREMENT, `version` int NOT NULL DEFAULT '1', `createdAt` varchar(24) NOT NULL, `updatedAt` varchar(24) NOT NULL, `assignmentId` int NOT NULL, `scopePath` varchar(255) NOT NULL, `summary` text NOT NULL, `suggestions` text NOT NULL, `submittedOn` varchar(10) NULL, `submittedById` int NULL, `heardOn` varchar(10) NULL, `hearingNote` text NULL, INDEX `IDX_61cf7197490c3b3a269ca82b87` (`assignmentId`), INDEX `IDX_report_scopePath` (`scopePath`), UNIQUE INDEX `IDX_report_assignment` (`assignmentId`), UNIQUE INDEX `REL_61cf7197490c3b3a269ca82b87` (`assignmentId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `supervision_item` (`id` int NOT NULL AUTO_INCREMENT, `version` int NOT NULL DEFAULT '1', `createdAt` varchar(24) NOT NULL, `updatedAt` varchar(24) NOT NULL, `assignmentId` int NOT NULL, `scopePath` varchar(255) NOT NULL, `findingId` int NULL, `matter` text NOT NULL, `responsibleBodyId` int NOT NULL, `responsiblePath` varchar(255) NOT NULL, `deadline` varchar(10) NOT NULL, `status` enum ('OPEN', 'DONE') NOT NULL DEFAULT 'OPEN', `note` text NOT NULL, `doneOn` varchar(10) NULL, INDEX `IDX_3cf8b3cbd5ff2d3ef8f6b423d6` (`assignmentId`), INDEX `IDX_supervision_item_scopePath` (`scopePath`, `deadline`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query('ALTER TABLE `leader_grant` ADD `assignmentId` int NULL');
    await queryRunner.query(
      'ALTER TABLE `round` ADD CONSTRAINT `FK_04f715845b7d043721aa1f1c501` FOREIGN KEY (`leadingGroupId`) REFERENCES `body`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `round_target` ADD CONSTRAINT `FK_443f71c7ccbd803140fdbfc43f0` FOREIGN KEY (`roundId`) REFERENCES `round`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `round_target` ADD CONSTRAINT `FK_9a256739a4e9e33265cc384f5d2` FOREIGN KEY (`bodyId`) REFERENCES `body`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `assignment` ADD CONSTRAINT `FK_fddfb313856b42889ca5fb5619d` FOREIGN KEY (`roundId`) REFERENCES `round`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `assignment` ADD CONSTRAINT `FK_4d1e407fd6b7064beeec246b555` FOREIGN KEY (`teamId`) REFERENCES `body`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `assignment` ADD CONSTRAINT `FK_3d63535ea4a7c2d5ffda1f91095` FOREIGN KEY (`targetId`) REFERENCES `body`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `assignment_member` ADD CONSTRAINT `FK_4b75cea5420816588d63536bbcb` FOREIGN KEY (`assignmentId`) REFERENCES `assignment`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `assignment_member` ADD CONSTRAINT `FK_ea0cc06a2eb6e9446cfbeea8489` FOREIGN KEY (`personId`) REFERENCES `person`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `activity` ADD CONSTRAINT `FK_81b06e86ffc738098fd9da50ed6` FOREIGN KEY (`assignmentId`) REFERENCES `assignment`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `briefing` ADD CONSTRAINT `FK_30eff40ab48c687ec52b54e5b5a` FOREIGN KEY (`assignmentId`) REFERENCES `assignment`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `briefing` ADD CONSTRAINT `FK_19363bbd512191d0333d8ead4f2` FOREIGN KEY (`sourceBodyId`) REFERENCES `body`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `finding` ADD CONSTRAINT `FK_99303f96a6e2cb16f0bb64486fe` FOREIGN KEY (`assignmentId`) REFERENCES `assignment`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `finding` ADD CONSTRAINT `FK_c1330b89fb41f1ccc190828a360` FOREIGN KEY (`targetId`) REFERENCES `body`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `finding` ADD CONSTRAINT `FK_19bbe3299a4127ec6dab576d21c` FOREIGN KEY (`subjectPersonId`) REFERENCES `person`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `finding` ADD CONSTRAINT `FK_2f334bfe520d2753c483fd82ecd` FOREIGN KEY (`transferredToId`) REFERENCES `body`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `leader_grant` ADD CONSTRAINT `FK_00e955c501c7463f173a612a50d` FOREIGN KEY (`assignmentId`) REFERENCES `assignment`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `intake_item` ADD CONSTRAINT `FK_cf0b491ebadc6f24f2ebef4ff03` FOREIGN KEY (`assignmentId`) REFERENCES `assignment`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `intake_informant` ADD CONSTRAINT `FK_60eb651d3d4b7b4e23cc7e9a432` FOREIGN KEY (`intakeItemId`) REFERENCES `intake_item`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `person_relation` ADD CONSTRAINT `FK_7af9b691ee19db9ee2fa318b673` FOREIGN KEY (`personId`) REFERENCES `person`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `person_relation` ADD CONSTRAINT `FK_8945ccf7ac409075e74fc4031ee` FOREIGN KEY (`relativeBodyId`) REFERENCES `body`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `rectification_item` ADD CONSTRAINT `FK_7e017f8d014792dcc69155a70f9` FOREIGN KEY (`assignmentId`) REFERENCES `assignment`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `rectification_item` ADD CONSTRAINT `FK_81d808343b0bda651be6b94a76b` FOREIGN KEY (`findingId`) REFERENCES `finding`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `report` ADD CONSTRAINT `FK_61cf7197490c3b3a269ca82b87b` FOREIGN KEY (`assignmentId`) REFERENCES `assignment`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `report` ADD CONSTRAINT `FK_13c3d3655281bd58f35440f63c5` FOREIGN KEY (`submittedById`) REFERENCES `person`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `supervision_item` ADD CONSTRAINT `FK_3cf8b3cbd5ff2d3ef8f6b423d6c` FOREIGN KEY (`assignmentId`) REFERENCES `assignment`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `supervision_item` ADD CONSTRAINT `FK_eed8af172afe41ae7a1160c84e6` FOREIGN KEY (`findingId`) REFERENCES `finding`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `supervision_item` ADD CONSTRAINT `FK_0be9f75b665e1a077606ec16ea7` FOREIGN KEY (`responsibleBodyId`) REFERENCES `body`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `supervision_item` DROP FOREIGN KEY `FK_0be9f75b665e1a077606ec16ea7`');
    await queryRunner.query('ALTER TABLE `supervision_item` DROP FOREIGN KEY `FK_eed8af172afe41ae7a1160c84e6`');
    await queryRunner.query('ALTER TABLE `supervision_item` DROP FOREIGN KEY `FK_3cf8b3cbd5ff2d3ef8f6b423d6c`');
    await queryRunner.query('ALTER TABLE `report` DROP FOREIGN KEY `FK_13c3d3655281bd58f35440f63c5`');
    await queryRunner.query('ALTER TABLE `report` DROP FOREIGN KEY `FK_61cf7197490c3b3a269ca82b87b`');
    await queryRunner.query('ALTER TABLE `rectification_item` DROP FOREIGN KEY `FK_81d808343b0bda651be6b94a76b`');
    await queryRunner.query('ALTER TABLE `rectification_item` DROP FOREIGN KEY `FK_7e017f8d014792dcc69155a70f9`');
    await queryRunner.query('ALTER TABLE `person_relation` DROP FOREIGN KEY `FK_8945ccf7ac409075e74fc4031ee`');
    await queryRunner.query('ALTER TABLE `person_relation` DROP FOREIGN KEY `FK_7af9b691ee19db9ee2fa318b673`');
    await queryRunner.query('ALTER TABLE `intake_informant` DROP FOREIGN KEY `FK_60eb651d3d4b7b4e23cc7e9a432`');
    await queryRunner.query('ALTER TABLE `intake_item` DROP FOREIGN KEY `FK_cf0b491ebadc6f24f2ebef4ff03`');
    await queryRunner.query('ALTER TABLE `leader_grant` DROP FOREIGN KEY `FK_00e955c501c7463f173a612a50d`');
    await queryRunner.query('ALTER TABLE `finding` DROP FOREIGN KEY `FK_2f334bfe520d2753c483fd82ecd`');
    await queryRunner.query('ALTER TABLE `finding` DROP FOREIGN KEY `FK_19bbe3299a4127ec6dab576d21c`');
    await queryRunner.query('ALTER TABLE `finding` DROP FOREIGN KEY `FK_c1330b89fb41f1ccc190828a360`');
    await queryRunner.query('ALTER TABLE `finding` DROP FOREIGN KEY `FK_99303f96a6e2cb16f0bb64486fe`');
    await queryRunner.query('ALTER TABLE `briefing` DROP FOREIGN KEY `FK_19363bbd512191d0333d8ead4f2`');
    await queryRunner.query('ALTER TABLE `briefing` DROP FOREIGN KEY `FK_30eff40ab48c687ec52b54e5b5a`');
    await queryRunner.query('ALTER TABLE `activity` DROP FOREIGN KEY `FK_81b06e86ffc738098fd9da50ed6`');
    await queryRunner.query('ALTER TABLE `assignment_member` DROP FOREIGN KEY `FK_ea0cc06a2eb6e9446cfbeea8489`');
    await queryRunner.query('ALTER TABLE `assignment_member` DROP FOREIGN KEY `FK_4b75cea5420816588d63536bbcb`');
    await queryRunner.query('ALTER TABLE `assignment` DROP FOREIGN KEY `FK_3d63535ea4a7c2d5ffda1f91095`');
    await queryRunner.query('ALTER TABLE `assignment` DROP FOREIGN KEY `FK_4d1e407fd6b7064beeec246b555`');
    await queryRunner.query('ALTER TABLE `assignment` DROP FOREIGN KEY `FK_fddfb313856b42889ca5fb5619d`');
    await queryRunner.query('ALTER TABLE `round_target` DROP FOREIGN KEY `FK_9a256739a4e9e33265cc384f5d2`');
    await queryRunner.query('ALTER TABLE `round_target` DROP FOREIGN KEY `FK_443f71c7ccbd803140fdbfc43f0`');
    await queryRunner.query('ALTER TABLE `round` DROP FOREIGN KEY `FK_04f715845b7d043721aa1f1c501`');
    await queryRunner.query('ALTER TABLE `leader_grant` DROP COLUMN `assignmentId`');
    await queryRunner.query('DROP INDEX `IDX_supervision_item_scopePath` ON `supervision_item`');
    await queryRunner.query('DROP INDEX `IDX_3cf8b3cbd5ff2d3ef8f6b423d6` ON `supervision_item`');
    await queryRunner.query('DROP TABLE `supervision_item`');
    await queryRunner.query('DROP INDEX `REL_61cf7197490c3b3a269ca82b87` ON `report`');
    await queryRunner.query('DROP INDEX `IDX_report_assignment` ON `report`');
    await queryRunner.query('DROP INDEX `IDX_report_scopePath` ON `report`');
    await queryRunner.query('DROP INDEX `IDX_61cf7197490c3b3a269ca82b87` ON `report`');
    await queryRunner.query('DROP TABLE `report`');
    await queryRunner.query('DROP INDEX `IDX_rectification_item_targetPath` ON `rectification_item`');
    await queryRunner.query('DROP INDEX `IDX_rectification_item_scopePath` ON `rectification_item`');
    await queryRunner.query('DROP INDEX `IDX_7e017f8d014792dcc69155a70f` ON `rectification_item`');
    await queryRunner.query('DROP TABLE `rectification_item`');
    await queryRunner.query('DROP INDEX `IDX_person_relation_person` ON `person_relation`');
    await queryRunner.query('DROP INDEX `IDX_person_relation_scopePath` ON `person_relation`');
    await queryRunner.query('DROP TABLE `person_relation`');
    await queryRunner.query('DROP INDEX `REL_60eb651d3d4b7b4e23cc7e9a43` ON `intake_informant`');
    await queryRunner.query('DROP INDEX `IDX_intake_informant_item` ON `intake_informant`');
    await queryRunner.query('DROP TABLE `intake_informant`');
    await queryRunner.query('DROP INDEX `IDX_intake_item_scopePath_receivedOn` ON `intake_item`');
    await queryRunner.query('DROP INDEX `IDX_cf0b491ebadc6f24f2ebef4ff0` ON `intake_item`');
    await queryRunner.query('DROP TABLE `intake_item`');
    await queryRunner.query('DROP INDEX `IDX_finding_scopePath_category` ON `finding`');
    await queryRunner.query('DROP INDEX `IDX_finding_transferredToPath` ON `finding`');
    await queryRunner.query('DROP INDEX `IDX_finding_urgent` ON `finding`');
    await queryRunner.query('DROP INDEX `IDX_99303f96a6e2cb16f0bb64486f` ON `finding`');
    await queryRunner.query('DROP TABLE `finding`');
    await queryRunner.query('DROP INDEX `IDX_briefing_scopePath` ON `briefing`');
    await queryRunner.query('DROP INDEX `IDX_30eff40ab48c687ec52b54e5b5` ON `briefing`');
    await queryRunner.query('DROP TABLE `briefing`');
    await queryRunner.query('DROP INDEX `IDX_activity_scopePath_heldOn` ON `activity`');
    await queryRunner.query('DROP INDEX `IDX_81b06e86ffc738098fd9da50ed` ON `activity`');
    await queryRunner.query('DROP TABLE `activity`');
    await queryRunner.query('DROP INDEX `IDX_assignment_member_unique` ON `assignment_member`');
    await queryRunner.query('DROP INDEX `IDX_assignment_member_person` ON `assignment_member`');
    await queryRunner.query('DROP INDEX `IDX_assignment_member_scopePath` ON `assignment_member`');
    await queryRunner.query('DROP TABLE `assignment_member`');
    await queryRunner.query('DROP INDEX `IDX_assignment_scopePath_stage` ON `assignment`');
    await queryRunner.query('DROP INDEX `IDX_assignment_round` ON `assignment`');
    await queryRunner.query('DROP INDEX `IDX_assignment_intakeToken` ON `assignment`');
    await queryRunner.query('DROP TABLE `assignment`');
    await queryRunner.query('DROP INDEX `IDX_round_target_round_body` ON `round_target`');
    await queryRunner.query('DROP INDEX `IDX_round_target_scopePath` ON `round_target`');
    await queryRunner.query('DROP TABLE `round_target`');
    await queryRunner.query('DROP INDEX `IDX_round_group_year_number` ON `round`');
    await queryRunner.query('DROP INDEX `IDX_round_scopePath` ON `round`');
    await queryRunner.query('DROP TABLE `round`');
  }
}
