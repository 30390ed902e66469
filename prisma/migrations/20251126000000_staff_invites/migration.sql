-- Staff invites: a one-time set-password link. Only the SHA-256 hash of the token is stored.
ALTER TABLE "StaffUser" ADD COLUMN "inviteTokenHash" TEXT,
ADD COLUMN "inviteExpiresAt" TIMESTAMP(3);

CREATE UNIQUE INDEX "StaffUser_inviteTokenHash_key" ON "StaffUser"("inviteTokenHash");
