/**
 * Textbook presentations of ear pain (referred otalgia, zoster oticus, head and neck cancer, mastoiditis) and of scrotal
 * pain (testicular cancer, a ureteric stone referred to the testis) entered as a clinician would (findings only, no
 * vignette), on the real knowledge base (session 29, curator earscrot). One gap was fixed: peritonsillar abscess's fever
 * and trismus ratios (Galioto 2017) stood on sore throat only, so an ear-pain patient with sore throat, trismus, fever and
 * a hot-potato voice ranked it fifth to seventh. Gaps left (no readable evidence, see the session report): otitis externa
 * keeps its 29.5% prior beside vesicles and a lower motor neuron facial palsy (no ratio for facial palsy in otitis
 * externa could be cited with an identifier), so zoster oticus ranks second; mastoiditis ranks behind otitis externa for
 * the same reason (no fever or postauricular-swelling ratio for otitis externa); varicocele has no prior for scrotal pain.
 * Expectations are about order, not percentages, since the recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

/** A normal ear on examination: normal-coloured eardrum, no canal oedema or erythema, no discharge, no tragal tenderness. */
const normalEar = ['+tympanic-membrane-normal-colour', '-otoscopy-ear-canal-oedema-or-erythema', '-ear-discharge', '-tragal-or-pinna-tenderness'];

describe('classic presentations of ear pain (session 29, earscrot)', () => {
  test('a 25-year-old man in the emergency department with ear pain, sore throat, trismus, fever, a hot-potato voice and a normal ear: peritonsillar abscess leads', () => {
    // Galioto 2017 (Am Fam Physician, PMID 28409615), abstract: fever, sore throat, trismus and a hot-potato voice
    // 'generally' present (HPO frequent, 0.545, over the 0.25 policy background: LR+ 2.18 each). Since session 29 the fever
    // and trismus ratios count in ear pain too (they stood on sore throat only; the abscess was fifth in primary care and
    // sixth in the emergency department). StatPearls (NBK549830): pain referred from the oropharynx leaves the eardrum
    // normal (LR+ 3.58 for the abscess, otitis media's normal-eardrum LR 0.2, Rothman 2003).
    const r = run('ear-pain', 'emergency', 25, 'male', ['+sore-throat', '+trismus', '+fever', '+muffled-hot-potato-voice', ...normalEar, '-toothache']);
    expect(rankOf(r, 'peritonsillar-abscess')).toBe(1);
    expect(p(r, 'peritonsillar-abscess')).toBeGreaterThan(p(r, 'otitis-media'));
    expect(p(r, 'peritonsillar-abscess')).toBeGreaterThan(p(r, 'otitis-externa'));
    expect(p(r, 'peritonsillar-abscess')).toBeGreaterThan(p(r, 'dental-infection'));
  });

  test('the same patient in primary care: peritonsillar abscess in the top two, and trismus with fever raise it over sore throat and voice change alone', () => {
    // Galioto 2017 abstract (fever and trismus, LR+ 2.18 each in ear pain since session 29). The primary-care prior is
    // 1 in 770 (Taziki 2012, 'pharyngeal abscess'), so viral pharyngitis (23 in 770, with the sore-throat and
    // normal-eardrum ratios) can stay first; the abscess must be above otitis media and dental infection.
    const full = run('ear-pain', 'primary-care', 25, 'male', ['+sore-throat', '+trismus', '+fever', '+muffled-hot-potato-voice', ...normalEar, '-toothache']);
    const partial = run('ear-pain', 'primary-care', 25, 'male', ['+sore-throat', '+muffled-hot-potato-voice', ...normalEar, '-toothache']);
    expect(rankOf(full, 'peritonsillar-abscess')).toBeGreaterThan(0);
    expect(rankOf(full, 'peritonsillar-abscess')).toBeLessThanOrEqual(2);
    expect(p(full, 'peritonsillar-abscess')).toBeGreaterThan(p(full, 'otitis-media'));
    expect(p(full, 'peritonsillar-abscess')).toBeGreaterThan(p(full, 'dental-infection'));
    // The recalibration (slope about 0.63 on the log odds) compresses the combined ratio of 4.75 to about 2.7.
    expect(p(full, 'peritonsillar-abscess')).toBeGreaterThan(2 * p(partial, 'peritonsillar-abscess'));
  });

  test('a 30-year-old woman with ear pain, limited and painful mouth opening and a normal eardrum, no sore throat or fever: temporomandibular disorder, not peritonsillar abscess', () => {
    // The session-22 concern with a trismus ratio in ear pain: limited mouth opening also comes with temporomandibular
    // disorder. Bagis 2012: pain on mouth opening in 89% of TMD (LR+ 3.56); the abscess's trismus ratio alone (2.18) on its
    // 1-in-770 prior (Taziki 2012) leaves it far below.
    const r = run('ear-pain', 'primary-care', 30, 'female', ['+trismus', '+pain-on-mouth-opening', '+tympanic-membrane-normal-colour', '-sore-throat', '-fever']);
    expect(p(r, 'temporomandibular-disorder')).toBeGreaterThan(5 * p(r, 'peritonsillar-abscess'));
  });

  test('a 66-year-old smoker and heavy drinker with unilateral ear pain, a normal ear and no dental, jaw or throat cause: head and neck cancer in the top two', () => {
    // StatPearls (NBK549830): cranial nerves IX and X refer pain from the oropharynx and larynx, so the eardrum is normal
    // (LR+ 3.58); Sterba 2017: current or recent smoking in 41% of head and neck cancer (LR+ 1.64); Head and Neck 5000: high
    // alcohol consumption in 54.3% at diagnosis (LR+ 2.17); about 95% aged 45 or over (Oral Oncol 2013, LR+ 1.9).
    // The benign referred causes are lowered by their absent hallmarks: toothache (Haug 2024, LR-
    // 0.14), tooth tender to percussion (Pigg 2016, LR- 0.37), sore throat for pharyngitis (LR- 0.14), pain on mouth opening
    // for temporomandibular disorder (Bagis 2012, LR- 0.15). Otitis media keeps 10% beside a normal eardrum (LR 0.2).
    const r = run('ear-pain', 'primary-care', 66, 'male', [
      '+current-smoker',
      '+high-alcohol-consumption',
      ...normalEar,
      '-toothache',
      '-tooth-tender-to-percussion',
      '-sore-throat',
      '-pain-on-mouth-opening',
    ]);
    expect(rankOf(r, 'head-and-neck-cancer')).toBeGreaterThan(0);
    expect(rankOf(r, 'head-and-neck-cancer')).toBeLessThanOrEqual(2);
    for (const benign of ['dental-infection', 'temporomandibular-disorder', 'viral-pharyngitis', 'otitis-externa']) {
      expect(p(r, 'head-and-neck-cancer')).toBeGreaterThan(p(r, benign));
    }
  });

  test('a 62-year-old woman with ear pain, vesicles on the ear and a lower motor neuron facial palsy: zoster oticus rises fourfold or more and above otitis media', () => {
    // Sweeney & Gilden 2001 (PMID 11459884): vesicles by the onset of facial weakness in 86% of Ramsay Hunt syndrome (LR+
    // 3.44); Rasmussen 2014 Table 2: 96% of zoster oticus with a peripheral facial palsy (capped 0.895, LR+ 3.58);
    // Popovtzer 2005: facial palsy from otitis media 'rarely encountered' (LR+ 0.1). Still wrong: otitis externa stays
    // first on its 29.5% prior (no facial-palsy ratio for it could be cited), so zoster oticus is only second.
    const r = run('ear-pain', 'primary-care', 62, 'female', ['+skin-eruption', '+facial-weakness-involving-forehead']);
    const bare = run('ear-pain', 'primary-care', 62, 'female', []);
    // Combined ratio 12.3, about 4.9 after the recalibration (slope about 0.63 on the log odds).
    expect(p(r, 'herpes-zoster')).toBeGreaterThan(4 * p(bare, 'herpes-zoster'));
    expect(p(r, 'herpes-zoster')).toBeGreaterThan(p(r, 'otitis-media'));
    expect(rankOf(r, 'herpes-zoster')).toBeLessThanOrEqual(3);
  });

  test('a 45-year-old man in the emergency department with fever, postauricular swelling and a red bulging eardrum: mastoiditis in the top three, above dental and throat causes', () => {
    // Arch Otolaryngol Head Neck Surg 1996 series (PMID 8630206): fever 83% (LR+ 3.32), postauricular oedema 76% (LR+ 3.04)
    // among 124 patients with acute mastoiditis. Otitis media (bulging eardrum, Rothman 2003 LR+ 51) coexists and leads;
    // still wrong: otitis externa stays second on its prior (no fever or postauricular-swelling ratio could be cited for it).
    const r = run('ear-pain', 'emergency', 45, 'male', ['+fever', '+postauricular-swelling', '+red-tympanic-membrane', '+bulging-tympanic-membrane', '-toothache']);
    const bare = run('ear-pain', 'emergency', 45, 'male', ['+red-tympanic-membrane', '+bulging-tympanic-membrane', '-toothache']);
    expect(rankOf(r, 'mastoiditis')).toBeGreaterThan(0);
    expect(rankOf(r, 'mastoiditis')).toBeLessThanOrEqual(3);
    expect(p(r, 'mastoiditis')).toBeGreaterThan(p(r, 'dental-infection'));
    expect(p(r, 'mastoiditis')).toBeGreaterThan(p(r, 'viral-pharyngitis'));
    // Combined ratio 10.1, about 4.3 after the recalibration (slope about 0.63 on the log odds).
    expect(p(r, 'mastoiditis')).toBeGreaterThan(3 * p(bare, 'mastoiditis'));
  });
});

describe('classic presentations of scrotal pain (session 29, earscrot)', () => {
  test('a 28-year-old man with a painless testicular lump he noticed, a non-tender swelling, no epididymal tenderness and no fever: testicular cancer first', () => {
    // Öztürk 2015 (PLoS One): 54 of 60 men with testicular cancer noticed a testicular change (LR+ 3.6); Clinical Methods
    // ch. 186: 30% of germ cell tumours present with pain and tenderness, so 70% do not (LR+ 2.8 for a non-tender
    // swelling); Workowski 2021: a tender, swollen epididymis defines epididymitis (LR- 0.14 when absent).
    const r = run('scrotal-pain', 'primary-care', 28, 'male', ['+testicular-change-noticed', '+non-tender-scrotal-swelling', '-tender-swollen-epididymis', '-fever']);
    expect(rankOf(r, 'testicular-cancer')).toBe(1);
    expect(p(r, 'testicular-cancer')).toBeGreaterThan(p(r, 'hydrocele'));
    expect(p(r, 'testicular-cancer')).toBeGreaterThan(p(r, 'epididymo-orchitis'));
  });

  test('a 35-year-old man in the emergency department with testicular pain, loin pain and haematuria and a normal scrotal and groin examination: ureteric stone first', () => {
    // Roth 2018 (PMID 29468000): symptomatic distal ureterolithiasis in 11 of 440 ED patients with acute scrotum; Minotti
    // 2020: renal colic 'characterized by ... loin pain, radiating to the flank, groin, and testes' (LR+ 3.58 in scrotal
    // pain). A normal examination lowers the scrotal causes: no epididymal tenderness (LR- 0.14), no hemiscrotal swelling
    // (Mäkelä 2007), a present cremasteric reflex (LR- 0.01 for torsion), no testicular change (LR- 0.13 for cancer), no
    // hernia on examination and no painless swelling (hydrocele LR- 0.36).
    const exam = ['-tender-swollen-epididymis', '-hemiscrotal-swelling-on-examination', '-absent-cremasteric-reflex', '-testicular-change-noticed', '-inguinal-hernia-on-examination', '-non-tender-scrotal-swelling'];
    const r = run('scrotal-pain', 'emergency', 35, 'male', ['+flank-pain', '+haematuria', ...exam]);
    const noLoin = run('scrotal-pain', 'emergency', 35, 'male', exam);
    expect(rankOf(r, 'urolithiasis')).toBe(1);
    expect(p(r, 'urolithiasis')).toBeGreaterThan(p(r, 'epididymo-orchitis'));
    expect(p(r, 'urolithiasis')).toBeGreaterThan(p(r, 'testicular-torsion'));
    expect(p(r, 'urolithiasis')).toBeGreaterThan(2 * p(noLoin, 'urolithiasis'));
  });
});
