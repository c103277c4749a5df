// Two recalls by one carmaker, a few hours apart, as outlets reported them: they share "Toyota"
// and "recalling", so the live index first puts them in one story and later splits it (see
// story-index-split.test.ts for the split itself).

export interface RecallReport {
  id: string;
  model: 'prius' | 'rav4';
  title: string;
  lead: string;
  published: string;
}

const at = (hours: number) => new Date(Date.UTC(2014, 3, 1, 8 + hours)).toISOString();

export const recallReports: RecallReport[] = [
  {
    id: 'p1',
    model: 'prius',
    title: 'Toyota recalls 1.9 million Prius hybrids over software glitch',
    lead: 'Toyota said it is recalling 1.9 million Prius hybrids worldwide because a software glitch can make the hybrid system shut down.',
    published: at(0),
  },
  {
    id: 'p2',
    model: 'prius',
    title: 'Prius recall: software flaw can make Toyota hybrids lose power',
    lead: 'Toyota said it is recalling Prius hybrid cars built since 2009: the software can overheat transistors and the car can lose power.',
    published: at(2),
  },
  {
    id: 'p3',
    model: 'prius',
    title: 'Toyota to fix Prius hybrid software in worldwide recall',
    lead: 'Toyota said it is recalling third-generation Prius hybrids in Japan, North America and Europe for a software update.',
    published: at(4),
  },
  {
    id: 'p4',
    model: 'prius',
    title: 'Prius owners face recall as Toyota updates hybrid software',
    lead: 'Toyota said it is recalling every Prius hybrid built before February: an update to the software fixes the fault.',
    published: at(6),
  },
  {
    id: 'r1',
    model: 'rav4',
    title: 'Toyota recalls RAV4 and Yaris over faulty seat rails',
    lead: 'Toyota said it is recalling RAV4 and Yaris vehicles worldwide because the seat rails can break and let a front seat slide.',
    published: at(5),
  },
  {
    id: 'r2',
    model: 'rav4',
    title: 'Toyota RAV4 recall: seat rails can slide in a crash',
    lead: 'Toyota said it is recalling RAV4 sport utility vehicles: a spring in the seat rails can break and the seat may slide in a crash.',
    published: at(7),
  },
  {
    id: 'r3',
    model: 'rav4',
    title: "Toyota's new recall covers RAV4, Yaris and Corolla seat rails",
    lead: 'Toyota said it is recalling Corolla, Yaris and RAV4 vehicles to replace springs in the seat rails.',
    published: at(9),
  },
  {
    id: 'r4',
    model: 'rav4',
    title: 'Toyota calls back 6.4 million vehicles including RAV4 over seat rails, airbags',
    lead: 'Toyota said it is recalling 6.4 million vehicles including the RAV4 over seat rails, airbag cables and starter relays.',
    published: at(11),
  },
];

/**
 * The order a reader cleans them in: one Prius report, then two RAV4 ones, then the rest. The
 * index checks a story for a split once it has four reports, so the split comes with the second
 * Prius report and takes two RAV4 reports the cache had already filed with the Prius ones.
 */
export const readingOrder = ['p1', 'r1', 'r2', 'p2', 'p3', 'r3', 'p4', 'r4'].map(
  (id) => recallReports.find((r) => r.id === id) as RecallReport,
);
