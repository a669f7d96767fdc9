"""Tier-1 labels with points in brackets, numbered tier-2s, and the same indicator name under two
different tier-2s (legitimately: two different things measured)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout58.common import one_year
from tests.variants.holdout58.registry import variant
from tests.variants.kit import WAN, YUAN, Book, C, mk, money, ok, pct

W6 = (18, 18, 34, 18, 12, 24)


@variant(
    "jp14-points-scores",
    (5, 10),
    "project, OLD-NAT, tier-1 labels with points in "
    "brackets, numbered tier-2s, an indicator score column adding to each tier's points",
)
def jp14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(
        s,
        year=2027,
        name="青岚市2027年社区“15分钟健身圈”建设项目",
        dept="青岚市体育局",
        unit="青岚市全民健身服务中心",
        money=one_year(1050, 900, 150),
        goals=["新建社区健身点40个、智慧健身步道12.6公里，完善城区15分钟健身圈。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值", "备注")
    s.table(
        [
            ["产出指标（60分）", "1.数量指标", "新建社区健身点数量", "≥40个", 8, None],
            [None, None, "新建智慧健身步道长度", "≥12.6公里", 8, None],
            [None, None, "配置室外健身器材数量", "≥480件", 6, "每个健身点12件"],
            [None, "2.质量指标", "健身器材安全检测合格率", pct(1), 8, None],
            [None, None, "步道工程验收合格率", pct(1), 6, None],
            [None, "3.时效指标", "项目完工时间", "2027年10月31日前", 8, None],
            [None, "4.成本指标", "单个健身点建设成本", "≤12.5万元/个", 8, None],
            [
                None,
                None,
                "健身步道单位造价",
                "≤38.6万元/公里",
                8,
                "2025年同类步道结算价37.9万元/公里",
            ],
            [
                "效益指标（30分）",
                "1.社会效益指标",
                "经常参加体育锻炼人数比例",
                "≥42.5%",
                10,
                "2025年为38.2%",
            ],
            [None, None, "健身点服务覆盖人口", "≥186,000人", 10, None],
            [None, "2.可持续影响指标", "健身设施管护责任落实率", pct(1), 10, None],
            ["满意度指标（10分）", "1.服务对象满意度指标", "社区居民满意度", "≥90%", 10, None],
        ],
        merged=(1, 2),
    )
    s.row("合计", None, None, None, 100, None, merge=[(1, 4)])
    s.row("填报人：", None, "联系电话：", None, None, "2026年11月26日")
    return b


@variant(
    "jp15-same-name-shanghai",
    (5,),
    "project, Shanghai framework, money in 元: 验收合格率 "
    "under 资产管理 (the equipment) and under 质量 (the building works)",
)
def jp15() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (16, 16, 30, 18, 30, 12))
    project_head(
        s,
        year=2027,
        name="浦川区江桥社区卫生服务中心设备更新及用房改造",
        dept="浦川区卫生健康委员会",
        unit="浦川区江桥社区卫生服务中心",
        attr="一次性项目",
        title="浦川区2027年度财政项目支出绩效目标表",
        money_label="项目资金（元）",
        money=[
            ("项目总预算", C(3860000, YUAN), "项目当年预算", C(3860000, YUAN)),
            ("其中：财政拨款", C(3860000, YUAN), "其他资金", C(0, YUAN)),
        ],
        goals=["更新36台（件）医疗设备，改造业务用房1,480平方米，提升社区基本医疗服务能力。"],
    )
    s.row("一级目标", "二级目标", "三级目标", "指标目标值", "指标解释")
    s.table(
        [
            ["投入与管理", "投入管理", "预算执行率", "≥95%", None],
            [None, "财务管理", "资金使用合规性", "合规", None],
            [None, "实施管理", "政府采购执行率", pct(1), None],
            [None, "资产管理", "验收合格率", pct(1), "新购医疗设备到货验收合格台数/到货台数"],
            [
                None,
                None,
                ok(
                    "新增资产登记入账及时率",
                    note="a 及时率 under 资产管理: debatable (domain §6.2 flags 建档 及时 under "
                    "资产管理), so an F201 warning is tolerated",
                ),
                pct(1),
                None,
            ],
            ["产出目标", "数量", "更新医疗设备数量", "≥36台（件）", None],
            [None, None, "业务用房改造面积", "≥1,480平方米", None],
            [None, "质量", "验收合格率", pct(1), "用房改造工程竣工验收合格率"],
            [None, "时效", "改造工程完工时间", "2027年9月30日前", None],
            [None, "成本", "用房改造单位成本", "≤1,150元/平方米", None],
            ["效果目标", "社会效益", "家庭医生签约服务覆盖率", "≥45%", "2026年为41.8%"],
            [None, "满意度", "就诊居民满意度", "≥90%", None],
            ["影响力目标", "长效管理", "设备维护保养制度", "建立并执行", None],
            [None, "信息共享", "设备信息纳入区资产管理平台比例", pct(1), None],
        ],
        merged=(1, 2),
    )
    s.row("填报人：沈佳雯", None, "联系电话：021-59126630", None, "填报日期：2026年11月19日")
    return b


@variant(
    "jp16-same-name-water",
    (5,),
    "project, NAT-2021, 指标解释 column: 水质达标率 under "
    "质量指标 (the plant's water) and under 生态效益指标 (the river section)",
)
def jp16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 18, 36, 12))
    project_head(
        s,
        year=2027,
        name="临溪县桐河流域水环境综合治理及供水保障项目",
        dept="临溪县水利局",
        unit="临溪县水利工程建设中心",
        money=one_year(2480, 2080, 400),
        goals=["完成桐河城区段清淤和生态护岸建设，县水厂深度处理改造，出境断面稳定达到Ⅲ类水质。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标解释")
    s.table(
        [
            ["产出指标", "数量指标", "水厂深度处理工艺改造规模", "≥2万吨/日", None],
            [None, None, "河道生态清淤长度", "≥14.8公里", None],
            [None, None, "生态护岸建设长度", "≥6,350米", None],
            [None, "质量指标", "水质达标率", pct(1), "县水厂出厂水按GB 5749检测的达标率"],
            [None, None, "工程验收合格率", pct(1), None],
            [None, "时效指标", "工程完工时间", "2027年11月30日前", None],
            ["成本指标", "经济成本指标", "河道清淤单位成本", "≤42.5万元/公里", None],
            [None, None, "生态护岸单位造价", "≤1,680元/米", None],
            ["效益指标", "生态效益指标", "水质达标率", "≥90%", "桐河出境断面达到Ⅲ类水质的月份占比"],
            [None, "社会效益指标", "受益供水人口", "≥62,000人", "2025年末供水人口57,400人"],
            [None, "可持续影响指标", "设施运维责任落实率", pct(1), None],
            ["满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", None],
        ],
        merged=(1, 2),
    )
    s.row("填报人：", None, "联系电话：", None, "2026年11月")
    return b


@variant(
    "jp17-points-defects",
    (5, 10),
    "project, OLD-NAT, tier-1 labels with points, numbered "
    "tier-2s, a score column: the 效益 scores add to 25 of 30, a tier-2 left empty",
)
def jp17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(
        s,
        year=2027,
        name="白沙河区2027年全民健身赛事活动项目",
        dept="白沙河区文化和旅游局",
        unit="白沙河区体育运动中心",
        money=one_year(128, 128, 0),
        goals=["举办群众性体育赛事36场，参赛12,500人次，提高群众健身参与度。"],
    )
    b.file_mark(
        "W101", "error", required=False, note="the scores add to 95 because of the 效益 gap"
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值", "备注")
    s.table(
        [
            [
                "产出指标（60分）",
                "1.数量指标",
                "举办群众性体育赛事场次",
                "≥36场",
                10,
                "2024年基数为28场",
            ],
            [None, None, "参赛人次", "≥12,500人次", 10, None],
            [None, "2.质量指标", "赛事组织规范达标率", "≥95%", 10, None],
            [None, "3.时效指标", "赛事按计划举办率", "≥95%", 10, None],
            [None, "4.成本指标", "单场赛事平均成本", "≤3.2万元/场", 10, None],
            [None, None, "赛事保险人均费用", "≤8.5元/人次", 10, None],
            [
                mk("效益指标（30分）", "W103", "error", alt=("W101",)),
                "1.社会效益指标",
                "经常参加体育锻炼人数比例",
                "≥41%",
                10,
                "2025年为38.6%",
            ],
            [None, None, "全民健身活动知晓率", "≥85%", 10, None],
            [None, "2.可持续影响指标", "赛事志愿服务队伍稳定率", "≥90%", 5, None],
            [
                "满意度指标（10分）",
                mk("", "F102", "error", row=True),
                "参赛群众满意度",
                "≥90%",
                10,
                None,
            ],
        ],
        merged=(1, 2),
    )
    s.row("填报人：", None, "联系电话：", None, None, "2026年11月")
    return b


@variant(
    "jp18-department-numbered",
    (3, 5),
    "department, NAT-2021, tasks adding to 项目支出, "
    "tier-1 labels numbered with points, numbered tier-2s, a 备注 column with years",
)
def jp18() -> Book:
    b = Book()
    s = b.sheet("部门整体支出", (18, 18, 34, 18, 18, 24))
    department_head(
        s,
        year=2027,
        dept="临溪县市场监督管理局",
        budget=[
            (
                money(3268.92, WAN),
                money(3118.92, WAN),
                money(150, WAN),
                money(2018.92, WAN),
                money(1250, WAN),
            ),
        ],
        tasks=[
            (
                "食品安全抽检",
                "全年食品安全监督抽检4,860批次",
                money(486.5, WAN),
                "抽检任务全部完成",
            ),
            ("特种设备检验", "电梯、锅炉等特种设备定期检验", money(312.3, WAN), "定期检验率≥98%"),
            ("计量器具检定", "强制检定计量器具18,600台件", money(208.2, WAN), "应检尽检"),
            ("知识产权促进", "专利资助和知识产权保护", money(243, WAN), "新增有效发明专利320件"),
            ("金额合计", None, money(1250, WAN), None),
        ],
        goal="守住食品安全和特种设备安全底线，规范市场秩序，优化营商环境。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table(
        [
            [
                "一、产出指标（50分）",
                "1.数量指标",
                "食品安全监督抽检批次",
                "≥4,860",
                "批次",
                "2024年基数为3,920批次",
            ],
            [None, None, "特种设备定期检验数量", "≥2,350", "台", None],
            [None, None, "强制检定计量器具数量", "≥18,600", "台件", None],
            [None, None, "新增有效发明专利数量", "≥320", "件", "2026年末存量2,146件"],
            [None, None, "“双随机”抽查市场主体户数", "≥1,150", "户", None],
            [None, "2.质量指标", "抽检不合格食品核查处置率", "100", "%", None],
            [None, None, "特种设备定期检验率", "≥98", "%", None],
            [None, "3.时效指标", "投诉举报按时办结率", "≥98", "%", None],
            [None, None, "年度抽检任务完成时间", "2027年11月30日前", None, None],
            [
                "二、成本指标（10分）",
                "1.经济成本指标",
                "食品抽检批次平均成本",
                "≤1,000",
                "元/批次",
                None,
            ],
            [
                "三、效益指标（30分）",
                "1.社会效益指标",
                "食品评价性抽检合格率",
                "≥98",
                "%",
                "2025年为97.6%",
            ],
            [None, None, "市场主体年报公示率", "≥92", "%", None],
            [None, "2.可持续影响指标", "智慧监管平台应用覆盖率", "≥90", "%", None],
            ["四、满意度指标（10分）", "1.服务对象满意度指标", "市场主体满意度", "≥90", "%", None],
            [None, None, "消费者满意度", "≥85", "%", None],
        ],
        merged=(1, 2),
    )
    s.row("单位负责人：", None, "财务负责人：", None, "填表人：", "2026年11月24日")
    return b
