import { levels } from './rubric-levels.js';
import type { RubricSeed } from './types.js';

/**
 * 质量技术进步奖 default rubric (award-rules.md). The descriptors follow the indicators of the
 * national and Shanghai science and technology progress awards (技术创新程度、技术经济指标、
 * 推广应用、经济效益、社会效益、推动行业科技进步), rewritten for quality technology.
 */
export const PROGRESS_RUBRIC: RubricSeed = {
  category: 'PROGRESS',
  criteria: [
    {
      code: 'PRG_INNOVATION',
      nameZh: '技术创新程度',
      nameEn: 'Degree of innovation',
      descriptionZh:
        '项目在技术、工艺、方法或质量管理模式上的创新程度，自主知识产权的数量与质量，以及与国内外同类技术的比较。',
      descriptionEn:
        'How innovative the project is in technology, process, method or quality-management model, the number and quality of its own intellectual property, and how it compares with similar work at home and abroad.',
      maxPoints: 25,
      levels: levels(
        [
          '在关键技术或系统集成上有重大创新，形成以多项授权发明专利为核心的自主知识产权群，总体技术与国内外同类相比优势明显。',
          '在关键技术上有较大创新，拥有授权发明专利等自主知识产权，技术特点突出。',
          '对现有技术有一定改进和集成创新，自主知识产权的数量或质量一般。',
          '以引进、模仿或常规集成为主，创新不明显，缺少自主知识产权。',
        ],
        [
          'Major innovation in key technologies or system integration, with a portfolio of own intellectual property built around several granted invention patents; clearly ahead of comparable work at home and abroad.',
          'Considerable innovation in key technologies, protected by granted invention patents and other own IP, with distinctive features.',
          'Some improvement and integration of existing technology; own IP ordinary in number or quality.',
          'Mainly imported, imitated or routinely integrated technology; little innovation and no own IP to speak of.',
        ],
      ),
    },
    {
      code: 'PRG_ADVANCEMENT',
      nameZh: '技术经济与质量指标先进程度',
      nameEn: 'How advanced the technical-economic and quality indicators are',
      descriptionZh:
        '主要技术经济指标和质量指标（良率、一次交检合格率、质量损失率、能耗、成本等）达到的水平和改善幅度，以及检测、统计依据。',
      descriptionEn:
        'The level reached and the improvement achieved in the main technical-economic and quality indicators (yield, first-pass rate, cost of poor quality, energy use, cost …), and the test and statistical evidence for them.',
      maxPoints: 20,
      levels: levels(
        [
          '主要技术经济和质量指标达到国际先进或领先水平，关键质量指标改善幅度大（如不良率下降一半以上），有权威检测和统计数据证实。',
          '主要指标达到国内领先、部分达到国际先进水平，质量指标改善明显，依据较充分。',
          '主要指标达到国内先进水平，质量改善幅度一般。',
          '指标水平一般或改善不明显，缺少检测和统计依据。',
        ],
        [
          'Main technical-economic and quality indicators at the international advanced or leading level, with large gains in key quality indicators (e.g. defect rate halved or better), confirmed by authoritative tests and statistics.',
          'Main indicators lead at home and partly reach the international advanced level; clear quality gains with sound evidence.',
          'Main indicators at the domestic advanced level; moderate quality gains.',
          'Ordinary indicators or no clear improvement, without test or statistical evidence.',
        ],
      ),
    },
    {
      code: 'PRG_APPLICATION',
      nameZh: '成果转化与推广应用',
      nameEn: 'Transfer and wider application',
      descriptionZh:
        '成果转化程度，推广应用的广度和深度（应用单位数量、行业与地域覆盖），以及推广机制的可持续性。',
      descriptionEn:
        'How far the results have been transferred, how widely and deeply they are applied (number of users, industries and regions covered), and whether the way they spread is sustainable.',
      maxPoints: 20,
      levels: levels(
        [
          '成果全面转化并规模化推广，在多个行业或地区十家以上单位持续应用，形成可复制的推广模式。',
          '成果已转化，在本行业五家以上单位应用，应用效果有用户报告证实。',
          '在本单位和少数外部单位应用，推广范围有限。',
          '基本仅在本单位试用，尚未形成转化和推广。',
        ],
        [
          'Fully transferred and applied at scale: in continuous use at more than ten organizations across several industries or regions, with a model others can copy.',
          'Transferred and in use at five or more organizations in the industry, with user reports confirming the effect.',
          'Used in the completing organization and a few others; limited reach.',
          'Only tried inside the completing organization; no transfer or wider use yet.',
        ],
      ),
    },
    {
      code: 'PRG_ECONOMIC',
      nameZh: '经济效益',
      nameEn: 'Economic benefit',
      descriptionZh:
        '依据近三年经济效益表，考察新增销售额、新增利润、新增税收、创汇和节支总额，及其计算方法和证明材料的可靠性。',
      descriptionEn:
        'From the three-year table: new sales, new profit, new tax, foreign exchange and savings, and how sound the method of calculation and the supporting certificates are.',
      maxPoints: 15,
      levels: levels(
        [
          '近三年新增利润和节支总额显著，在同类项目中处于前列；计算口径合理，财务证明和用户证明完备。',
          '经济效益较大，计算方法合理，证明材料较完整。',
          '经济效益一般，或计算口径存在一定疑问。',
          '经济效益不明显，或数据缺少财务证明、计算不合理。',
        ],
        [
          'Three-year new profit and savings among the highest of comparable projects; a sound basis of calculation with complete financial and user certificates.',
          'Considerable benefit, reasonably calculated and fairly well documented.',
          'Ordinary benefit, or some doubt about how the figures were calculated.',
          'No clear benefit, or figures without financial certificates or with an unsound calculation.',
        ],
      ),
    },
    {
      code: 'PRG_SOCIAL',
      nameZh: '社会效益',
      nameEn: 'Social, safety and environmental benefit',
      descriptionZh: '项目在保障质量安全、保护人身健康和生态环境、节能降耗、改善公共服务与民生等方面的效益。',
      descriptionEn:
        'What the project does for quality and safety, people’s health, the environment, energy and resource saving, and public services.',
      maxPoints: 10,
      levels: levels(
        [
          '社会效益十分显著，对公共安全、人民健康或生态环境有重大贡献，事故或投诉下降、节能减排等效果可量化并有证明。',
          '社会效益明显，在质量安全、环境保护或民生方面有较大贡献。',
          '有一定社会效益，但作用范围较小或难以量化。',
          '社会效益不明显。',
        ],
        [
          'Very significant: a major contribution to public safety, health or the environment, with quantified and documented effects such as fewer accidents or complaints and lower emissions.',
          'Clear social benefit, with a considerable contribution to quality and safety, the environment or people’s livelihoods.',
          'Some social benefit, but narrow in scope or hard to quantify.',
          'No clear social benefit.',
        ],
      ),
    },
    {
      code: 'PRG_INDUSTRY',
      nameZh: '推动行业质量技术进步',
      nameEn: 'Contribution to quality progress in the industry',
      descriptionZh:
        '项目对行业质量技术水平、质量基础设施能力、标准制修订、产业链质量协同和人才培养的推动作用。',
      descriptionEn:
        'What the project does for the industry’s quality technology, quality-infrastructure capability, standards, quality along the supply chain and the training of people.',
      maxPoints: 10,
      levels: levels(
        [
          '显著提升了行业整体质量技术水平，主导制定国家或行业标准，带动产业链上下游质量协同提升，培养了一批质量技术骨干。',
          '对行业质量技术进步有较大推动，参与制定标准或成为行业示范。',
          '主要提升了本单位质量技术水平，对行业有一定示范作用。',
          '对行业质量技术进步的推动作用不明显。',
        ],
        [
          'Raised the quality technology of the whole industry: led national or sector standards, lifted quality along the supply chain and trained a group of quality specialists.',
          'A considerable push to the industry: took part in standards or became a sector showcase.',
          'Mainly raised the completing organization’s own level, with some example value for the industry.',
          'No clear contribution to the industry’s quality progress.',
        ],
      ),
    },
  ],
};
