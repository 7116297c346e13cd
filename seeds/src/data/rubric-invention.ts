import { levels } from './rubric-levels.js';
import type { RubricSeed } from './types.js';

/**
 * 质量技术发明奖 default rubric (award-rules.md). The descriptors follow the indicators of the
 * national and Shanghai technology invention awards (发明程度、先进程度、难度复杂程度、成熟程度、
 * 应用效益、推动作用), rewritten for quality technology.
 */
export const INVENTION_RUBRIC: RubricSeed = {
  category: 'INVENTION',
  criteria: [
    {
      code: 'INV_ORIGINALITY',
      nameZh: '发明创造性',
      nameEn: 'Inventiveness and originality',
      descriptionZh:
        '核心技术是否为前人所未有的发明，主要发明点是否有授权发明专利支撑，与国内外已有技术相比是否有本质区别和显著进步。',
      descriptionEn:
        'Whether the core technology is an invention not made before, whether its main inventive points are backed by granted invention patents, and whether it differs in substance from, and clearly improves on, known technology at home and abroad.',
      maxPoints: 30,
      levels: levels(
        [
          '核心技术属原始发明，技术思路独特，与国内外已有技术有本质区别；每个主要发明点均有授权发明专利支撑，查新结论为国内外未见相同报道。',
          '在关键环节有重要发明，与已有技术有实质性区别；主要发明点有授权发明专利支撑，查新未见相同报道，但同类思路已有初步探索。',
          '属在已有技术上的改进型发明，创造性一般；授权发明专利较少，或专利与所列发明点关联不紧密。',
          '未体现实质性发明创造，主要是已有技术的集成或常规应用；缺少授权发明专利，或查新发现相同的公开技术。',
        ],
        [
          'An original invention with a distinctive technical idea, different in substance from all known technology; every main inventive point is backed by a granted invention patent and the novelty search finds no identical report at home or abroad.',
          'Important inventions at key steps that differ in substance from known technology; the main points are patented and the novelty search finds no identical report, though similar ideas have been explored.',
          'An improvement on known technology with ordinary inventiveness; few granted invention patents, or patents only loosely tied to the claimed inventive points.',
          'No substantive invention: mostly integration or routine use of known technology; no granted invention patent, or the novelty search finds the same technology already published.',
        ],
      ),
    },
    {
      code: 'INV_ADVANCEMENT',
      nameZh: '技术(质量)指标先进性',
      nameEn: 'How advanced the technical and quality indicators are',
      descriptionZh:
        '主要技术指标和质量指标（精度、准确率、一致性、可靠性、效率等）与国内外同类先进技术的对比，以及指标是否经具备资质的第三方检测证实。',
      descriptionEn:
        'The main technical and quality indicators (accuracy, detection rate, consistency, reliability, throughput …) compared with the best comparable technology at home and abroad, and whether an accredited third party has confirmed them.',
      maxPoints: 20,
      levels: levels(
        [
          '主要技术和质量指标全面优于国际同类先进技术，关键指标达到国际领先水平，均有具备资质的第三方检测报告证实。',
          '主要指标达到国际先进水平，部分指标优于国际同类技术，检测和比对证据充分。',
          '主要指标达到国内先进水平，与国际先进水平仍有差距，或部分指标缺少第三方检测证实。',
          '主要指标仅为国内一般水平，或缺少可比对象和检测证据，先进性无法确认。',
        ],
        [
          'The main technical and quality indicators beat the best comparable technology worldwide, key ones at the international leading level, all confirmed by accredited third-party test reports.',
          'The main indicators reach the international advanced level and some exceed comparable foreign technology, with ample test and comparison evidence.',
          'The main indicators reach the domestic advanced level but trail the international level, or some lack third-party confirmation.',
          'Indicators at an ordinary domestic level, or without comparison baseline and test evidence, so the claimed advance cannot be confirmed.',
        ],
      ),
    },
    {
      code: 'INV_DIFFICULTY',
      nameZh: '技术难度与复杂程度',
      nameEn: 'Technical difficulty and complexity',
      descriptionZh:
        '所解决技术问题的难度，涉及学科和技术的复杂程度，以及攻克难点所需的理论、方法和试验工作。',
      descriptionEn:
        'How hard the solved problem was, how many disciplines and technologies it involved, and the theoretical, methodological and experimental work needed to overcome it.',
      maxPoints: 10,
      levels: levels(
        [
          '攻克了长期制约行业质量提升的关键共性难题或受制于人的“卡脖子”技术，多学科深度交叉，理论和试验难度极大。',
          '解决了难度较大的关键技术问题，需要多项技术的综合突破和系统的试验验证。',
          '技术问题有一定难度，主要通过已有方法的组合与改进解决。',
          '属常规工程或技术问题，难度较低，无需实质性攻关。',
        ],
        [
          'Solved a long-standing key problem that held back quality across the industry, or a technology the country depended on others for; deep cross-disciplinary work with very demanding theory and experiments.',
          'Solved a hard key problem that needed several technologies to advance together and systematic experimental verification.',
          'A moderately difficult problem, solved mainly by combining and improving known methods.',
          'A routine engineering or technical problem of low difficulty that needed no real breakthrough.',
        ],
      ),
    },
    {
      code: 'INV_MATURITY',
      nameZh: '成熟度与可靠性',
      nameEn: 'Maturity, reproducibility and reliability',
      descriptionZh: '发明的工程化、产业化程度，技术的可重复性，以及在实际工况下长期运行的可靠性与稳定性。',
      descriptionEn:
        'How far the invention has been engineered and industrialised, whether its results are reproducible, and how reliably and stably it runs for long periods in real conditions.',
      maxPoints: 10,
      levels: levels(
        [
          '技术完全成熟并已规模化应用，在多种工况、多家用户连续稳定运行两年以上，结果可重复，可靠性经第三方验证。',
          '技术成熟，已在多家用户稳定应用一年以上，可重复性和可靠性有较充分的运行数据。',
          '已完成工程样机或中试，仅在少数用户试用，可靠性数据有限。',
          '仍处于实验室或原理样机阶段，未经实际工况验证，重复性和可靠性缺少证据。',
        ],
        [
          'Fully mature and applied at scale: running stably for over two years at several users and in varied conditions, with reproducible results and third-party-verified reliability.',
          'Mature and in stable use at several users for over a year, with good operating data on reproducibility and reliability.',
          'An engineering prototype or pilot run, tried by a few users only, with limited reliability data.',
          'Still in the laboratory or at proof-of-principle stage, untested in real conditions, with no evidence of reproducibility or reliability.',
        ],
      ),
    },
    {
      code: 'INV_BENEFIT',
      nameZh: '应用效益',
      nameEn: 'Economic, social and ecological benefit achieved',
      descriptionZh:
        '发明实施后近三年取得的经济效益（新增销售额、利润、税收和节支）以及社会、生态效益，效益数据的真实性和可核查性。',
      descriptionEn:
        'The economic benefit of the last three years (new sales, profit, tax and savings) and the social and ecological benefit, and whether the figures are genuine and can be checked.',
      maxPoints: 15,
      levels: levels(
        [
          '经济效益显著，近三年新增销售额或节支额相对项目规模十分突出；质量安全风险下降、节能减排等社会生态效益可量化；财务和用户证明齐全。',
          '经济效益较大，社会或生态效益明显，效益数据有财务证明或用户证明支撑。',
          '取得一定的经济或社会效益，但规模有限，或部分数据缺少佐证。',
          '效益不明显或尚未产生，效益数据缺乏依据。',
        ],
        [
          'Outstanding economic benefit: new sales or savings over three years are very large for the size of the project; quantified social and ecological gains such as lower quality-safety risk or energy saved; complete financial and user certificates.',
          'Considerable economic benefit and clear social or ecological benefit, supported by financial or user certificates.',
          'Some economic or social benefit, but on a limited scale, or part of the figures unsupported.',
          'No clear benefit yet, or figures without a basis.',
        ],
      ),
    },
    {
      code: 'INV_IMPACT',
      nameZh: '推动作用与应用前景',
      nameEn: 'Contribution to quality-technology progress and prospects',
      descriptionZh:
        '发明对质量技术进步和产业质量提升的推动作用、对技术标准的贡献，以及进一步推广应用的前景。',
      descriptionEn:
        'How much the invention advances quality technology and the quality of an industry, what it contributes to technical standards, and its prospects for wider use.',
      maxPoints: 15,
      levels: levels(
        [
          '对本领域质量技术进步有重大推动作用，引领行业技术方向；核心技术已纳入国家或行业标准，推广前景广阔。',
          '对行业质量技术进步有较大推动作用，已被同行较广泛采用或纳入团体、地方标准，推广前景较好。',
          '主要对本单位或局部领域的质量提升有作用，推广范围和前景有限。',
          '推动作用不明显，缺乏推广应用的条件或前景。',
        ],
        [
          'A major push to quality technology in the field that sets the industry’s technical direction; the core technology is in national or sector standards and can spread widely.',
          'A considerable push to the industry’s quality technology; widely adopted by peers or written into association or local standards, with good prospects.',
          'Improves quality mainly in the completing organization or a narrow area; limited reach and prospects.',
          'No clear contribution, and no conditions or prospects for wider use.',
        ],
      ),
    },
  ],
};
