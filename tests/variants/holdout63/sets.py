"""The invented indicator sets of the 63rd held-out corpus (NAT-2021 tiers; points add up to
100 within each project)."""

from __future__ import annotations

from tests.variants.holdout63.common import (
    COST,
    ECO,
    ECOL,
    ECON,
    EFF,
    NUM,
    OUT,
    QUA,
    SAT,
    SOC,
    SUS,
    SVC,
    TIM,
    Ind,
    q,
)

# 桐岭县水利局 农村饮水工程维修养护, one year, 245万元
WATER = [
    Ind(OUT, NUM, "维修养护农村集中供水工程", "≥", 42, "处", pts=10, core=1),
    Ind(OUT, NUM, "更新改造老旧供水管网", "≥", 18, "公里", pts=10, core=1),
    Ind(OUT, QUA, "出厂水水质检测合格率", "≥", 95, "%", pts=10, core=1),
    Ind(OUT, QUA, "维修工程验收合格率", "=", 100, "%", pts=5),
    Ind(OUT, TIM, "供水故障报修响应时间", "≤", 24, "小时", "反向", pts=10),
    Ind(COST, ECO, "管网更新改造单位成本", "≤", 9.5, "万元/公里", "反向", pts=10),
    Ind(COST, ECO, "单处工程维修养护费用", "≤", 1.7, "万元/处", "反向", pts=10),
    Ind(EFF, SOC, "受益农村人口", "≥", 6.8, "万人", pts=10),
    Ind(EFF, SOC, "农村集中供水率", "≥", 93, "%", pts=10),
    q(EFF, SUS, "工程长效管护机制", "健全", 5),
    Ind(SAT, SVC, "受益群众满意度", "≥", 90, "%", pts=10, core=1),
]

# 白鹭区人力资源和社会保障局 职业技能提升培训补贴, one year, 360万元
TRAIN = [
    Ind(OUT, NUM, "补贴培训人数", "≥", 2400, "人", pts=10, core=1),
    Ind(OUT, NUM, "开展培训工种（专业）", "≥", 15, "个", pts=10),
    Ind(OUT, QUA, "培训合格率", "≥", 85, "%", pts=10, core=1),
    Ind(OUT, QUA, "参训人员取证率", "≥", 75, "%", pts=5),
    Ind(OUT, TIM, "补贴资金审核拨付时间", "≤", 20, "个工作日", "反向", pts=10),
    Ind(COST, ECO, "人均培训补贴标准", "≤", 1400, "元/人", "反向", pts=10, core=1),
    Ind(COST, ECO, "培训机构核查及宣传经费", "≤", 12, "万元", "反向", pts=5),
    Ind(EFF, ECON, "培训后就业率", "≥", 70, "%", pts=10),
    Ind(EFF, SOC, "重点群体参训人数占比", "≥", 40, "%", pts=10),
    q(EFF, SUS, "技能人才队伍结构", "不断优化", 5),
    Ind(SAT, SVC, "参训学员满意度", "≥", 90, "%", pts=10, core=1),
    Ind(SAT, SVC, "用人单位满意度", "≥", 85, "%", pts=5),
]

# 桐岭县交通运输局 农村公路养护提升, three years 2027—2029, 中期 1860万元 / 年度 620万元
ROAD = [
    Ind(OUT, NUM, "实施农村公路中修工程", "≥", 32, "公里", pts=10, per=96, core=1),
    Ind(OUT, NUM, "完成危桥改造", "≥", 4, "座", pts=10, per=12, core=1),
    Ind(OUT, QUA, "中修工程交工验收合格率", "=", 100, "%", pts=10),
    Ind(OUT, QUA, "农村公路优良中等路率", "≥", 83, "%", pts=10, per=85),
    Ind(OUT, TIM, "养护工程按期完工率", "≥", 95, "%", pts=5),
    Ind(OUT, TIM, "单座危桥改造工期", "≤", 180, "天", "反向", pts=5),
    Ind(COST, ECO, "中修工程单位成本", "≤", 14, "万元/公里", "反向", pts=10),
    Ind(COST, ECO, "危桥改造单座平均成本", "≤", 38, "万元/座", "反向", pts=5),
    Ind(EFF, SOC, "路面技术状况指数（PQI）", "≥", 78, "分", pts=10, per=80),
    Ind(EFF, SOC, "因路况引发的交通事故", "≤", 1, "起", "反向", pts=10, per=3),
    q(EFF, SUS, "农村公路“路长制”管护机制", "健全", 5),
    Ind(SAT, SVC, "沿线群众满意度", "≥", 90, "%", pts=10, core=1),
]

# 梧溪市教育局 中小学智慧教室建设, one year, 580万元 (财政拨款 500, 其他资金 80)
SCHOOL = [
    Ind(OUT, NUM, "新建智慧教室", "≥", 116, "间", pts=15, core=1),
    Ind(OUT, NUM, "教师信息化应用培训", "≥", 1200, "人次", pts=10),
    Ind(OUT, QUA, "设备验收合格率", "=", 100, "%", pts=10, core=1),
    Ind(OUT, TIM, "项目建设周期", "≤", 6, "个月", "反向", pts=5),
    Ind(COST, ECO, "单间智慧教室建设成本", "≤", 4.6, "万元/间", "反向", pts=10),
    Ind(COST, ECO, "教师培训人均成本", "≤", 300, "元/人次", "反向", pts=5),
    Ind(EFF, SOC, "智慧教室常态化使用率", "≥", 80, "%", pts=10),
    Ind(EFF, SOC, "受益学生人数", "≥", 5200, "人", pts=10),
    q(EFF, SUS, "设备运维管理制度", "建立并执行", 5),
    Ind(SAT, SVC, "师生满意度", "≥", 90, "%", pts=10, core=1),
    Ind(SAT, SVC, "学生家长满意度", "≥", 85, "%", pts=10),
]

# 泸湾市白鹭区生态环境分局 农村生活污水治理, one year, 420万元
SEWAGE = [
    Ind(OUT, NUM, "完成生活污水治理行政村", "≥", 14, "个", pts=10, core=1),
    Ind(OUT, NUM, "新建污水收集管网", "≥", 26, "公里", pts=10),
    Ind(OUT, QUA, "处理设施出水达标率", "≥", 90, "%", pts=10, core=1),
    Ind(OUT, TIM, "设施故障修复时间", "≤", 72, "小时", "反向", pts=5),
    Ind(OUT, TIM, "项目完工时间", "≤", 10, "个月", "反向", pts=5),
    Ind(COST, ECO, "管网建设单位成本", "≤", 12, "万元/公里", "反向", pts=10),
    Ind(COST, ECO, "单村设施运维费用", "≤", 6, "万元/个", "反向", pts=5),
    Ind(EFF, ECOL, "化学需氧量（COD）削减量", "≥", 85, "吨", pts=10),
    Ind(EFF, ECOL, "黑臭水体返黑返臭发生率", "≤", 5, "%", "反向", pts=5),
    Ind(EFF, SOC, "农村生活污水治理率", "≥", 65, "%", pts=10),
    Ind(EFF, SUS, "治理设施正常运行率", "≥", 90, "%", pts=10),
    Ind(SAT, SVC, "村民满意度", "≥", 88, "%", pts=10, core=1),
]

# 桐岭县民政局 居家养老服务补贴, one year, 186万元
CARE = [
    Ind(OUT, NUM, "享受居家养老服务补贴老人", "≥", 1550, "人", pts=15, core=1),
    Ind(OUT, NUM, "提供上门服务", "≥", 37000, "人次", pts=10),
    Ind(OUT, QUA, "服务质量抽查合格率", "≥", 95, "%", pts=10),
    Ind(OUT, TIM, "补贴按月发放及时率", "≥", 98, "%", pts=10),
    Ind(COST, ECO, "人均月补贴标准", "≤", 90, "元/人·月", "反向", pts=5, core=1),
    Ind(EFF, SOC, "特殊困难老人服务覆盖率", "≥", 90, "%", pts=15),
    Ind(EFF, SOC, "服务投诉率", "≤", 2, "%", "反向", pts=5),
    q(EFF, SUS, "服务机构考核监管机制", "健全", 5),
    Ind(SAT, SVC, "服务对象满意度", "≥", 92, "%", pts=15, core=1),
    Ind(SAT, SVC, "老人家属满意度", "≥", 88, "%", pts=10),
]

# 泸湾市农业农村局 高标准农田建设, two years 2027—2028, 中期 3200万元 / 年度 1600万元
FARM = [
    Ind(OUT, NUM, "新建高标准农田", "≥", 1.0, "万亩", pts=15, per=2.0, core=1),
    Ind(OUT, NUM, "新建改造灌排渠道", "≥", 22, "公里", pts=10, per=46),
    Ind(OUT, QUA, "工程竣工验收合格率", "=", 100, "%", pts=10, core=1),
    Ind(OUT, TIM, "当年开工项目按期完工率", "≥", 95, "%", pts=5),
    Ind(COST, ECO, "亩均财政投入", "≤", 1500, "元/亩", "反向", pts=10),
    Ind(EFF, ECON, "项目区亩均粮食产能提高", "≥", 80, "公斤", pts=10),
    Ind(EFF, ECOL, "项目区农田灌溉节水率", "≥", 10, "%", pts=10),
    Ind(EFF, SOC, "受益农户", "≥", 4800, "户", pts=10, per=9600),
    Ind(EFF, SUS, "工程设施管护责任落实率", "=", 100, "%", pts=10),
    Ind(SAT, SVC, "受益农户满意度", "≥", 90, "%", pts=10, core=1),
]

# 桐岭县市场监督管理局 部门整体, 2860万元
MARKET = [
    Ind(OUT, NUM, "食品安全监督抽检", "≥", 2600, "批次", pts=10, core=1),
    Ind(OUT, NUM, "特种设备安全监督检查", "≥", 420, "台次", pts=8),
    Ind(OUT, NUM, "“双随机、一公开”抽查市场主体", "≥", 380, "户次", pts=8),
    Ind(OUT, QUA, "抽检不合格食品核查处置率", "=", 100, "%", pts=8),
    Ind(OUT, QUA, "投诉举报按时办结率", "≥", 98, "%", pts=8),
    Ind(OUT, TIM, "消费投诉处理时限", "≤", 7, "个工作日", "反向", pts=8),
    Ind(COST, ECO, "食品抽检单批次平均成本", "≤", 1200, "元/批次", "反向", pts=10),
    Ind(EFF, SOC, "食品安全评价性抽检合格率", "≥", 98, "%", pts=10, core=1),
    Ind(EFF, SOC, "挽回消费者经济损失", "≥", 150, "万元", pts=6),
    q(EFF, SUS, "市场主体信用监管机制", "健全", 6),
    Ind(SAT, SVC, "消费者投诉处理满意度", "≥", 90, "%", pts=10, core=1),
    Ind(SAT, SVC, "市场主体满意度", "≥", 85, "%", pts=8),
]

# 梧溪市档案馆 部门整体 (a flat list), 1280万元
ARCHIVE = [
    Ind(OUT, NUM, "接收档案进馆", "≥", 18000, "卷", pts=10),
    Ind(OUT, NUM, "档案数字化扫描", "≥", 260, "万页", pts=10),
    Ind(OUT, QUA, "馆藏档案数字化率", "≥", 75, "%", pts=10),
    Ind(OUT, NUM, "提供档案查阅利用服务", "≥", 9500, "人次", pts=10),
    Ind(OUT, TIM, "查档申请办结时限", "≤", 3, "个工作日", "反向", pts=10),
    Ind(COST, ECO, "档案数字化加工单位成本", "≤", 0.45, "元/页", "反向", pts=10),
    Ind(OUT, QUA, "档案库房温湿度达标率", "≥", 95, "%", pts=10),
    Ind(OUT, NUM, "完成开放档案鉴定", "≥", 4.2, "万件", pts=10),
    Ind(OUT, NUM, "出版档案编研成果", "≥", 3, "部", pts=10),
    Ind(SAT, SVC, "档案利用者满意度", "≥", 92, "%", pts=10),
]

# 白鹭区文化和旅游体育局 部门整体, 3460万元
CULTURE = [
    Ind(OUT, NUM, "组织群众文化惠民活动", "≥", 260, "场次", pts=10, core=1),
    Ind(OUT, NUM, "公共图书馆新增藏书", "≥", 2.4, "万册", pts=8),
    Ind(OUT, NUM, "举办全民健身赛事活动", "≥", 36, "场", pts=8),
    Ind(OUT, QUA, "不可移动文物安全巡查覆盖率", "=", 100, "%", pts=8),
    Ind(OUT, QUA, "公共文化场馆免费开放达标率", "≥", 95, "%", pts=8),
    Ind(OUT, TIM, "文化惠民活动按计划完成率", "≥", 95, "%", pts=8),
    Ind(COST, ECO, "单场惠民演出平均成本", "≤", 1.8, "万元/场", "反向", pts=10),
    Ind(EFF, SOC, "公共文化场馆年接待", "≥", 85, "万人次", pts=10, core=1),
    Ind(EFF, SOC, "经常参加体育锻炼人数比例", "≥", 42, "%", pts=8),
    q(EFF, SUS, "基层综合性文化服务中心运行机制", "健全", 6),
    Ind(SAT, SVC, "群众文化活动参与者满意度", "≥", 90, "%", pts=8, core=1),
    Ind(SAT, SVC, "场馆服务对象满意度", "≥", 88, "%", pts=8),
]

ALL = (WATER, TRAIN, ROAD, SCHOOL, SEWAGE, CARE, FARM, MARKET, ARCHIVE, CULTURE)
for _set in ALL:
    assert sum(i.pts for i in _set) == 100, [i.name for i in _set]
