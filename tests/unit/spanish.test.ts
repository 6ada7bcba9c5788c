/**
 * Spanish pages: the Spanish phrases and language words in data/ find what a Spanish clinic ad, news
 * story or sceptical article names, read its stance, and leave Spanish near-misses alone. The
 * sentences are written for these tests in the styles of those pages.
 */
import { describe, expect, it } from 'vitest';
import { built, matcher } from '../helpers/matcher';

function read(text: string) {
  return matcher.scan(text).map((m) => ({
    text: text.slice(m.start, m.end),
    entry: built.index.entries[m.entry].id,
    stance: m.stance,
  }));
}

const entriesIn = (text: string) => read(text).map((m) => m.entry);

describe('Spanish positives: each names its entry', () => {
  it.each([
    // Clinic ads
    ['En nuestra clínica ofrecemos terapia con células madre para la artrosis de rodilla.', 'stem-cell-therapy-general'],
    ['Visite nuestra clínica de células madre en Tijuana, a 20 minutos de San Diego.', 'stem-cell-tourism'],
    ['Clínica de células madre con más de 10 años de experiencia.', 'unapproved-stem-cell-clinics'],
    ['Precio del tratamiento con células madre mesenquimales: desde 4,500 USD.', 'mesenchymal-stem-cell-injections'],
    ['Células madre del cordón umbilical para regenerar tus articulaciones.', 'umbilical-cord-and-amniotic-products'],
    ['Nuestro plasma rico en plaquetas estimula el colágeno y mejora la firmeza de tu piel.', 'platelet-rich-plasma'],
    ['El PRP capilar frena la caída del cabello en pocas sesiones.', 'prp-hair-loss'],
    ['Los exosomas regeneran la piel y borran las líneas de expresión.', 'exosome-therapy'],
    ['Inyecciones de hormona del crecimiento para combatir el envejecimiento.', 'human-growth-hormone'],
    ['Sueroterapia con NAD+ para recuperar tu energía.', 'nad-iv-drips'],
    ['Sueros vitamínicos a domicilio en Bogotá: reserva tu cita por WhatsApp.', 'iv-vitamin-drips'],
    ['Terapia de luz roja para rejuvenecer la piel y reducir la inflamación.', 'red-light-therapy'],
    ['Sesiones de oxígeno hiperbárico para acelerar tu recuperación.', 'hyperbaric-oxygen-therapy'],
    ['Suplementos de colágeno hidrolizado: luce más joven en 30 días.', 'collagen-supplements'],
    ['Clínica de longevidad en Panamá con planes personalizados.', 'longevity-clinics'],
    ['La terapia con péptidos de nuestra clínica regenera tus tejidos.', 'peptide-therapy-clinics'],
    ['Crema con péptidos para una piel más firme.', 'topical-peptide-creams'],
    ['Sérum de células madre vegetales de manzana suiza.', 'plant-stem-cells-skincare'],
    ['Productos antienvejecimiento para todo tipo de piel.', 'anti-aging-products-general'],
    ['Tratamiento de rejuvenecimiento facial sin cirugía.', 'anti-aging-products-general'],
    ['Este tratamiento revierte el envejecimiento.', 'age-reversal-marketing'],
    ['Nuestro sérum reduce las arrugas y líneas de expresión en dos semanas.', 'anti-aging-products-general'],
    // News and explainers
    ['La metformina se estudia como fármaco contra el envejecimiento.', 'metformin-aging-tame'],
    ['La rapamicina alarga la vida de los ratones en el laboratorio.', 'rapamycin'],
    ['El resveratrol activa las sirtuinas, según estudios en levaduras.', 'resveratrol-sirtuins'],
    ['El ayuno intermitente se ha puesto de moda entre los ejecutivos.', 'intermittent-fasting'],
    ['Un estudio midió la longitud de los telómeros en 500 participantes.', 'telomeres'],
    ['El trasplante de médula ósea salva vidas en pacientes con leucemia.', 'blood-stem-cell-transplants'],
    ['Las pruebas de edad biológica se venden en farmacias.', 'consumer-biological-age-tests'],
    ['El turismo de células madre atrae a miles de pacientes cada año.', 'stem-cell-tourism'],
    ['La ozonoterapia se ofrece en spas de Cancún.', 'ozone-therapy'],
  ])('%s', (text, entry) => {
    expect(entriesIn(text)).toContain(entry);
  });
});

describe('Spanish spellings: accents, capitals and plurals', () => {
  it('finds phrases written without accents, as many pages type them', () => {
    expect(read('terapia con celulas madre en Cancun')[0]).toMatchObject({ entry: 'stem-cell-therapy-general' });
    expect(read('oxigeno hiperbarico para deportistas')[0]).toMatchObject({ entry: 'hyperbaric-oxygen-therapy' });
    expect(read('sueros vitaminicos a domicilio')[0]).toMatchObject({ entry: 'iv-vitamin-drips' });
    expect(read('colageno hidrolizado en polvo')[0]).toMatchObject({ entry: 'collagen-supplements' });
  });

  it('finds capitals and the singular the compiler does not make from an inner word', () => {
    expect(read('TERAPIA CON CÉLULAS MADRE')[0]).toMatchObject({ entry: 'stem-cell-therapy-general' });
    expect(read('Una sola célula madre puede dividirse muchas veces.')[0]).toMatchObject({ text: 'célula madre' });
    expect(read('una inyección de plasma rico en plaquetas')[0]).toMatchObject({ entry: 'platelet-rich-plasma' });
  });

  it('finds hyphenated and closed compounds alike', () => {
    for (const word of ['antienvejecimiento', 'anti-envejecimiento', 'antiedad', 'anti-edad']) {
      expect(read(`Productos ${word} para la piel.`)).toEqual([expect.objectContaining({ entry: 'anti-aging-products-general' })]);
    }
  });
});

describe('Spanish near-misses: nothing is painted', () => {
  it.each([
    'La célula de combustible de hidrógeno alimenta el autobús.',
    'Una célula solar convierte la luz en electricidad.',
    'El tallo de la planta crece hacia la luz.',
    'Las plantas tienen células madre en sus meristemos, en el tallo y la raíz.',
    'Compré un televisor de plasma de 50 pulgadas.',
    'El plasma solar de la corona es muy caliente.',
    'Mi madre fue a la clínica por un dolor de rodilla.',
    'La madre de todas las batallas.',
    'La NAD es una asociación deportiva local.',
    'La nadadora ganó el oro.',
    'La empresa rejuveneció su imagen con un nuevo logotipo.',
    'El gobierno busca frenar el envejecimiento de la población en las zonas rurales.',
    'Combatir el envejecimiento de la flota de autobuses costará millones.',
    'El envejecimiento del vino en barricas de roble le da sabor.',
    'Los péptidos son cadenas cortas de aminoácidos en la dieta.',
    'La luz roja del semáforo se encendió.',
    'Los exosomas en biopsia líquida ayudan a diagnosticar el cáncer.',
    'La hormona del crecimiento se receta a niños con deficiencia.',
    'La terapia celular CAR-T se usa contra el linfoma.',
    'El colágeno es la proteína más abundante del cuerpo.',
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('Spanish stance: claim, reported, doubted, mention', () => {
  it.each([
    // Promotion: claim language, offers, benefit statements, promise words
    ['La terapia con células madre revierte el envejecimiento y rejuvenece tu cuerpo.', 'claim'],
    ['Agende su cita para terapia de luz roja con nuestro equipo.', 'claim'],
    ['Compra ya tu colágeno hidrolizado con 30% de descuento.', 'claim'],
    ['Precio de la terapia de células madre en Colombia: paquetes desde 8,000 dólares.', 'claim'],
    ['Nuestro plasma rico en plaquetas estimula el colágeno y mejora la firmeza de tu piel.', 'claim'],
    ['Los exosomas, clínicamente probados, devuelven la luminosidad al rostro.', 'claim'],
    // Someone else's claim
    ['Estas clínicas afirman que el plasma rico en plaquetas rejuvenece la piel.', 'reported'],
    ['Según sus promotores, la sueroterapia elimina toxinas y rejuvenece.', 'reported'],
    ['La metformina podría retrasar el envejecimiento, aseguran sus defensores.', 'reported'],
    ['Se anuncia como la fuente de la juventud, pero la hormona del crecimiento tiene riesgos.', 'reported'],
    // Doubt
    ['No hay evidencia de que las células madre reviertan el envejecimiento.', 'doubted'],
    ['La COFEPRIS advirtió sobre clínicas que ofrecen células madre no aprobadas.', 'doubted'],
    ['El tratamiento con exosomas no está aprobado por la FDA para uso cosmético.', 'doubted'],
    ['Sin pruebas de que el NAD+ intravenoso sirva para algo.', 'doubted'],
    ['Los expertos califican de engañosa la publicidad de los sueros vitamínicos.', 'doubted'],
    ['Un fraude: la clínica prometía curar el autismo con células madre.', 'doubted'],
    ['La ozonoterapia no tiene respaldo científico.', 'doubted'],
    ['Las clínicas de células madre en México operan sin registro sanitario.', 'doubted'],
    ['Las células madre no son una cura milagrosa para el autismo.', 'doubted'],
    // Mention and reported research
    ['La rapamicina prolonga la vida de ratones, según un estudio de la Universidad de Washington.', 'mention'],
    ['El NAD+ disminuye con la edad, explicó la investigadora.', 'mention'],
    ['Sin embargo, estudios recientes muestran que el ayuno intermitente mejora el metabolismo.', 'mention'],
    ['El trasplante de médula ósea salva vidas en pacientes con leucemia.', 'mention'],
  ])('%s → %s', (text, stance) => {
    const matches = read(text);
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) expect(m).toMatchObject({ stance });
  });
});
