// Writes the programme profile's demo tables: npx tsx data/generator/programme-profile-write.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_DIR } from './generate-demo';
import { generateProfile } from './programme-profile';

const profile = generateProfile();
for (const [name, text] of Object.entries(profile.files)) writeFileSync(join(DEMO_DIR, name), text);
console.log(
  `wrote ${Object.keys(profile.files).join(', ')} to ${DEMO_DIR}: ${profile.funding.length} funding rows, ${profile.members.length} members, ${profile.activities.length} activities`,
);
