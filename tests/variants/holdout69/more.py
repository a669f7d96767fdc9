"""Correct returns, round three: points beside tiers written together, two projects stacked
with 'label：value' heads, a flat department list whose value cells carry their notes."""

from __future__ import annotations

from tests.variants.holdout69.common import line, sign, start
from tests.variants.holdout69.registry import variant
from tests.variants.kit import Book, pct


@variant(
    "ka07-points-combined",
    (5, 10),
    "project, NAT-2021, tiers together in one column with "
    "a 分值 column adding to 100, indicator and value in one cell",
)
def ka07() -> Book:
    b, s = start("2027年度项目支出绩效目标表", (28, 40, 10, 30))
    w = 4
    line(s, "项目名称：公共文化场馆免费开放", "主管部门：澄溪县文化广电和旅游局", width=w)
    line(s, "实施单位：澄溪县文化馆、澄溪县图书馆", "项目属性：常年项目", width=w)
    line(s, "项目期：2027年1月1日至2027年12月31日", "项目负责人：覃美玲 0771-5280612", width=w)
    line(s, "资金总额：64万元（其中中央补助40万元，县级财政24万元）", width=w)
    line(
        s,
        "年度目标：1. 文化馆、图书馆全年免费开放不少于300天；2. 举办公益培训、展览和讲座不少于"
        "120场；3. 服务群众不少于15万人次。",
        width=w,
    )
    s.row("指标类别（一级-二级）", "三级指标及指标值", "分值", "指标值设定依据")
    s.table(
        [
            ("产出指标-数量指标", "免费开放天数≥300天", 10, "计划标准"),
            (None, "举办公益培训、展览和讲座≥120场", 10, "计划标准"),
            (None, "图书馆新增馆藏图书≥6000册", 5, "历史标准"),
            ("产出指标-质量指标", "公益活动计划完成率≥95%", 10, None),
            (None, "场馆安全检查合格率100%", 5, None),
            ("产出指标-时效指标", "活动信息提前公示时间≥3天", 5, None),
            ("成本指标-经济成本指标", "单场公益活动平均成本≤2000元", 5, "上年决算"),
            (None, "免费开放运行经费总额≤64万元", 5, None),
            ("效益指标-社会效益指标", "服务群众≥15万人次", 10, "历史标准"),
            (None, "数字文化服务点击量≥30万次", 10, None),
            ("效益指标-可持续影响指标", "免费开放服务制度健全", 10, "定性"),
            ("满意度指标-服务对象满意度指标", "群众满意度≥90%", 15, "问卷调查"),
        ],
        merged=(1,),
    )
    s.row("合计", None, 100, None)
    sign(s, "澄溪县文化馆", "邓晓", "0771-5280615", "2026年11月19日", width=w)
    return b


def _stacked_head(s, name: str, unit: str, money: str, goal: str) -> None:  # type: ignore[no-untyped-def]
    line(s, f"项目名称：{name}", "主管部门：石门县农业农村局", width=5)
    line(s, f"实施单位：{unit}", "项目期：2027年1月1日—2027年12月31日", width=5)
    line(s, money, width=5)
    line(s, goal, width=5)
    s.row("一级指标-二级指标", "三级指标", "指标值", "计量单位", "备注")


@variant(
    "ka08-stacked-label-heads",
    (2, 1),
    "two projects stacked in one sheet, each head in "
    "'label：value' cells, tiers together, values with units in their own column",
)
def ka08() -> Book:
    b, s = start("石门县农业农村局2027年度项目支出绩效目标表", (28, 30, 16, 12, 26))
    s.row("一、项目一", merge=[(1, 5)])
    _stacked_head(
        s,
        "高标准农田建设后续管护",
        "石门县农田建设服务站",
        "资金总额：150万元（其中财政拨款150万元）",
        "年度目标：1. 管护高标准农田3.2万亩；2. 损毁设施修复率100%；3. 灌溉设施完好率不低于95%。",
    )
    s.table(
        [
            ("产出指标-数量指标", "管护高标准农田面积", "≥3.2", "万亩", None),
            (None, "巡查管护次数", "≥12", "次", "每月1次"),
            ("产出指标-质量指标", "损毁设施修复率", pct(1), "%", None),
            (None, "灌溉设施完好率", pct(0.95), "%", None),
            ("产出指标-时效指标", "损毁设施修复时间", "≤15", "天", "自发现起"),
            ("成本指标-经济成本指标", "每亩管护费用", "≤45", "元/亩", "管护办法"),
            ("效益指标-经济效益指标", "项目区粮食亩产增加", "≥20", "公斤", None),
            ("效益指标-可持续影响指标", "管护责任落实到村比例", pct(1), "%", None),
            ("满意度指标-服务对象满意度指标", "项目区农户满意度", pct(0.9), "%", None),
        ],
        merged=(1,),
    )
    s.skip()
    s.row("二、项目二", merge=[(1, 5)])
    _stacked_head(
        s,
        "农作物病虫害统防统治",
        "石门县植保植检站",
        "资金总额：120万元（其中财政拨款100万元，其他资金20万元）",
        "年度目标：1. 完成统防统治面积8万亩次；2. 病虫害危害损失率控制在5%以内；"
        "3. 农药使用量不增长。",
    )
    s.table(
        [
            ("产出指标-数量指标", "统防统治作业面积", "≥8", "万亩次", None),
            (None, "发布病虫情报", "≥20", "期", None),
            (None, "培训植保机手", "≥150", "人次", None),
            ("产出指标-质量指标", "统防统治防效", pct(0.9), "%", "行业标准"),
            ("产出指标-时效指标", "病虫情报发布及时率", pct(1), "%", None),
            ("成本指标-经济成本指标", "每亩次作业补助", "≤15", "元", "补助标准"),
            ("效益指标-经济效益指标", "病虫害危害损失率", "≤5%", None, "反向指标"),
            ("效益指标-生态效益指标", "化学农药使用量增长率", "≤0%", None, "零增长"),
            ("满意度指标-服务对象满意度指标", "服务农户满意度", pct(0.9), "%", None),
        ],
        merged=(1,),
    )
    sign(s, "石门县农业农村局", "邹建", "0736-5523317", "2026年11月21日", width=5)
    return b


@variant(
    "ka09-flat-department-notes",
    (3, 1),
    "department, flat list (序号 · 指标名称 · 目标值 "
    "with notes in the cell · 权重), budget and goals in 'label：value' cells",
)
def ka09() -> Book:
    b, s = start("2027年度部门整体支出绩效目标表", (8, 40, 32, 10, 20))
    w = 5
    line(s, "部门名称：望川市档案馆", "填报日期：2026年11月16日", width=w)
    line(
        s,
        "年度预算：资金总额620万元（其中财政拨款600万元，其他资金20万元；基本支出470万元，"
        "项目支出150万元）",
        width=w,
    )
    line(
        s,
        "年度总体目标：1. 接收进馆档案不少于2万卷；2. 完成馆藏档案数字化80万页；3. 档案查阅"
        "服务群众不少于1.2万人次，满意度90%以上。",
        width=w,
    )
    s.row("序号", "指标名称", "目标值", "权重", "备注")
    s.table(
        [
            (1, "接收进馆档案数量", "≥2万卷（含电子档案）", 15, "计划标准"),
            (2, "馆藏档案数字化页数", "≥80万页（按验收页数计）", 15, None),
            (3, "档案查阅利用服务人次", "≥1.2万人次（含线上）", 10, "历史标准"),
            (4, "数字化成果验收合格率", "100%（抽检比例10%）", 10, None),
            (5, "库房温湿度达标率", "≥95%（按日监测）", 10, None),
            (6, "档案安全事故发生次数", "0次（全年）", 10, "反向指标"),
            (7, "查档申请办结时限", "≤3个工作日（复杂查档除外）", 10, None),
            (8, "数字化单页加工成本", "≤0.9元/页（含著录）", 5, "招标价"),
            (9, "开展档案宣传展览", "≥4场（含线上展览）", 5, None),
            (10, "查档群众满意度", "≥90%（回访统计）", 10, None),
        ],
    )
    s.row(None, "合计", None, 100, None)
    line(s, "单位负责人：周明远　　财务负责人：何丽　　填表人：杨柳", width=w)
    return b
