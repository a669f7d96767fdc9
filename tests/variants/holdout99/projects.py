"""Project returns (§3.1) from one county and one city: a plain NAT-2021 table, an OLD-NAT
table with 比较符 and 计量单位 columns, a weighted table, 中期/年度 columns of two three-year
projects, and a table with a 指标值设定依据 column."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout99.common import filled_on, header, note, signature
from tests.variants.holdout99.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

W6 = (14, 16, 34, 18, 16, 16)


@variant(
    "le01-farmland-upkeep",
    (1,),
    "project, NAT-2021, one value column and a 备注 column, "
    "tiers merged down, operators inside the values; correct",
)
def le01() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", W6)
    project_head(
        s, year=2027, name="云屏县高标准农田建设后续管护项目", dept="云屏县农业农村局（315001）",
        unit="云屏县农田建设服务中心",
        money=[("年度资金总额", money(186, WAN), None, None),
               ("其中：财政拨款", money(170, WAN), "其他资金", money(16, WAN))],
        goals=["对全县已建成的4.2万亩高标准农田开展日常管护，汛前完成灌排沟渠清淤36公里、修复田间"
               "道路12公里，保障农田设施正常运行，巩固耕地质量。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "管护高标准农田面积", "≥4.2万亩", "全县已建成面积"),
            (None, None, "灌排沟渠清淤长度", "≥36公里", None),
            (None, None, "田间道路修复长度", "≥12公里", None),
            (None, "质量指标", "修复工程验收合格率", "≥95%", None),
            (None, None, "管护设施完好率", "≥90%", "按季度巡查"),
            (None, "时效指标", "沟渠清淤完成时间", "2027年5月31日前", "汛期前完成"),
            (None, None, "管护问题处置时限", "≤7个工作日", None),
            ("成本指标", "经济成本指标", "亩均管护成本", "≤35元/亩", None),
            (None, None, "田间道路修复单位成本", "≤2.5万元/公里", None),
            ("效益指标", "社会效益指标", "受益农户数", "≥1.1万户", None),
            (None, "生态效益指标", "农田排涝能力", "提升", None),
            (None, "可持续影响指标", "农田管护长效机制", "健全", None),
            ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "抽样调查"),
        ],
        merged=(1, 2),
    )
    signature(s, "周敏", "0871-65321478", "李建平")
    filled_on(s, "2026年11月18日")
    return b


@variant(
    "le02-apprentice-cost-ge",
    (1, 11),
    "project, OLD-NAT, 比较符 and 计量单位 columns, "
    "percent cells; a cost cap written with ≥, a 取得率 given as a count",
)
def le02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(
        s, year=2027, name="企业新型学徒制职业技能提升培训补贴项目",
        dept="霁川市人力资源和社会保障局（208）", unit="霁川市职业技能鉴定指导中心",
        attr="常年项目",
        money=[("年度资金总额", money(480), "其中：财政拨款", money(480)),
               ("其他资金", money(0), None, None)],
        goals=["全年支持企业开展新型学徒制培训1600人，开设培训工种24个，学徒培训合格率达到90%"
               "以上，提升企业技能人才队伍素质。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "培训企业新型学徒", "≥", 1600, "人"),
            (None, None, "开设培训工种数量", "≥", 24, "个"),
            (None, "质量指标", "学徒培训合格率", "≥", pct(0.9), "%"),
            (
                None,
                None,
                "职业技能等级证书取得率",
                "≥",
                mk(1280, "T105", "error", note="取得率 given as a number of people"),
                "人",
            ),
            (None, "时效指标", "补贴资金拨付及时率", "≥", pct(0.95), "%"),
            (
                None,
                "成本指标",
                "人均培训补贴成本",
                mk("≥", "T108", "warning", row=True, note="a cost cap with ≥"),
                3000,
                "元/人",
            ),
            (None, None, "培训场地租赁费用", "≤", 12, "万元"),
            ("效益指标", "社会效益指标", "学徒培训后稳定就业率", "≥", pct(0.85), "%"),
            (None, "可持续影响指标", "校企合作培养机制", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "参训学徒满意度", "≥", pct(0.9), "%"),
            (None, None, "参与企业满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    note(s, "注：金额单位为万元；比较符填写≥、≤、=或定性。", 6)
    signature(s, "陈思远", "0736-82210945")
    return b


@variant(
    "le03-ecg-deadline-weights",
    (8, 10),
    "project, NAT-2021, 权重 column, a "
    "project starting in April; a deadline before the start, a row without a weight",
)
def le03() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(
        s, year=2027, name="社区卫生服务中心远程心电诊断设备购置项目",
        dept="芦湾区卫生健康局（402003）", unit="芦湾区基层卫生服务管理中心",
        attr="一次性项目", start=day(2027, 4, 1), end=day(2027, 12, 31),
        money=[("年度资金总额", money(265, WAN), "其中：财政拨款", money(245, WAN)),
               ("其他资金", money(20, WAN), None, None)],
        goals=["2027年4月起为全区18个社区卫生服务中心配置远程心电诊断设备并接入区心电诊断中心，"
               "年内开展远程心电诊断服务2.4万人次，提升基层首诊能力。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "权重")
    s.table(
        [
            ("产出指标", "数量指标", "购置远程心电诊断设备", "≥18台", 10),
            (None, None, "接入社区卫生服务中心", "≥18个", 10),
            (None, "质量指标", "设备验收合格率", "≥98%", 10),
            (
                None,
                "时效指标",
                "设备采购完成时间",
                mk("2027年3月31日前", "Y102", "error", note="before the start, 2027-04-01"),
                10,
            ),
            (None, None, "设备安装调试完成时间", "2027年9月30日前", 10),
            ("成本指标", "经济成本指标", "单台设备购置成本", "≤13万元/台", 10),
            ("效益指标", "社会效益指标", "远程心电诊断服务人次", "≥2.4万人次", 15),
            (None, None, "基层首诊心电检查覆盖率", "≥60%", 10),
            (
                None,
                "可持续影响指标",
                "设备运行维护机制",
                "健全",
                mk(None, "W102", "warning", row=True, note="weights add to 100 without it"),
            ),
            ("满意度指标", "服务对象满意度指标", "就诊居民满意度", "≥90%", 15),
        ],
        merged=(1, 2),
    )
    signature(s, "何婧", "0592-63318206", "吴国栋")
    return b


@variant(
    "le04-water-mains-three-years",
    (8,),
    "three-year project, NAT-2021, 中期 "
    "and 年度 columns; 中期 length below three yearly plans, a count copied into 年度",
)
def le04() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", W6)
    project_head(
        s, year=2027, years=3, name="城区老旧供水管网改造项目", dept="霁川市水务局（211）",
        unit="霁川市供排水事务中心", attr="新增项目",
        money=[("中期资金总额", money(5400), "年度资金总额", money(1800)),
               ("其中：财政拨款", money(4800), "其中：财政拨款", money(1600)),
               ("其他资金", money(600), "其他资金", money(200))],
        goals=["2027年—2029年每年改造城区老旧供水管网36公里，完成城区一户一表改造5400户，建成管网"
               "压力监测体系，城区管网漏损率降至9%以内。",
               "2027年改造城区老旧供水管网36公里，同步推进一户一表改造和压力监测点建设，降低管网"
               "漏损率。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "改造老旧供水管网长度",
                mk("≥90公里", "D104", "warning", note="36 公里 a year for three years is 108"),
                "≥36公里",
            ),
            (
                None,
                None,
                "一户一表改造户数",
                "≥5400户",
                mk("≥5400户", "D202", "warning", note="the period count copied into 年度"),
            ),
            (None, None, "新建管网压力监测点", "≥45个", "≥15个"),
            (None, "质量指标", "管道水压试验合格率", "≥98%", "≥98%"),
            (None, None, "改造后管网水质达标率", "≥99%", "≥99%"),
            (None, "时效指标", "改造任务完成时间", "2029年12月31日前", "2027年12月31日前"),
            ("成本指标", "经济成本指标", "管网改造单位成本", "≤48万元/公里", "≤48万元/公里"),
            ("效益指标", "社会效益指标", "受益居民人数", "≥6.5万人", "≥2.2万人"),
            (None, "生态效益指标", "城区管网漏损率", "≤9%", "≤11%"),
            (None, "可持续影响指标", "管网运维管理制度", "健全", "健全"),
            ("满意度指标", "服务对象满意度指标", "受益居民满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    note(s, "注：资金单位为万元。", 5)
    signature(s, "郑浩", "0736-82315520", "孙雅琴")
    return b


@variant(
    "le05-culture-villages-three-years",
    (8,),
    "three-year project, NAT-2021, 比较符 and "
    "计量单位 columns before 中期 and 年度 columns, percent cells; correct",
)
def le05() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 8, 10, 14, 14))
    project_head(
        s, year=2027, years=3, name="乡村文化振兴示范村建设项目",
        dept="云屏县文化广电和旅游局（318001）", unit="云屏县文化馆", attr="新增项目",
        money=[("中期资金总额", money(1350, WAN), "年度资金总额", money(450, WAN)),
               ("其中：财政拨款", money(1200, WAN), "其中：财政拨款", money(400, WAN)),
               ("其他资金", money(150, WAN), "其他资金", money(50, WAN))],
        goals=["2027年—2029年每年建成乡村文化振兴示范村10个，三年共30个；每年开展送戏下乡演出"
               "120场，培训乡村文艺骨干300人次，健全村级文化阵地运行机制。",
               "2027年建成乡村文化振兴示范村10个，开展送戏下乡演出120场，培训乡村文艺骨干300人次。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "比较符", "计量单位", "中期指标值", "年度指标值")
    s.table(
        [
            ("产出指标", "数量指标", "建成乡村文化振兴示范村", "≥", "个", 30, 10),
            (None, None, "开展送戏下乡演出", "≥", "场", 360, 120),
            (None, None, "培训乡村文艺骨干", "≥", "人次", 900, 300),
            (None, "质量指标", "示范村建设验收合格率", "≥", "%", pct(0.95), pct(0.95)),
            (None, None, "文艺骨干培训考核合格率", "≥", "%", pct(0.9), pct(0.9)),
            (None, "时效指标", "示范村建设完成时间", "≤", None, "2029年12月31日", "2027年12月31日"),
            ("成本指标", "经济成本指标", "单个示范村建设补助标准", "≤", "万元/个", 40, 40),
            (None, None, "单场演出补助成本", "≤", "元/场", 1200, 1200),
            ("效益指标", "社会效益指标", "参与文化活动群众", "≥", "万人次", 9, 3),
            (None, "可持续影响指标", "村级文化阵地长效运行机制", "定性", None, "健全", "健全"),
            ("满意度指标", "服务对象满意度指标", "村民满意度", "≥", "%", pct(0.9), pct(0.9)),
        ],
        merged=(1, 2),
    )
    signature(s, "罗静", "0871-65128803")
    filled_on(s, "2026年11月25日")
    return b


@variant(
    "le06-food-sampling-duplicate",
    (11,),
    "project, NAT-2021, a 指标值设定依据 "
    "column; one 合格率 under 质量 and 社会效益 with two values, a time limit with ≥",
)
def le06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(
        s, year=2027, name="食品安全抽检监测项目", dept="青萝区市场监督管理局（507）",
        unit="青萝区食品药品检验所", attr="常年项目",
        money=[("年度资金总额", money(156, WAN), "其中：财政拨款", money(156, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["全年完成食品安全监督抽检3600批次、快检筛查12000批次，及时核查处置不合格食品，"
               "守住不发生区域性、系统性食品安全风险的底线。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据")
    s.table(
        [
            ("产出指标", "数量指标", "食品安全监督抽检批次", "≥3600批次", "计划标准"),
            (None, None, "食品快检筛查批次", "≥12000批次", "计划标准"),
            (None, "质量指标", "抽检样品检验准确率", "≥99%", "行业标准"),
            (
                None,
                None,
                "食品抽检总体合格率",
                mk("≥97%", "D102", "error", row=True, required=False, note="the pair's first row"),
                "历史标准",
            ),
            (
                None,
                "时效指标",
                "不合格样品核查处置时限",
                mk("≥15个工作日", "T108", "warning", row=True, note="a time limit with ≥"),
                "行业标准",
            ),
            (None, None, "抽检结果公布及时率", "≥95%", "计划标准"),
            ("成本指标", "经济成本指标", "单批次监督抽检成本", "≤380元/批次", "历史标准"),
            ("效益指标", "社会效益指标", "群众食品安全知晓率", "≥85%", "历史标准"),
            (
                None,
                None,
                "食品抽检总体合格率",
                mk(
                    "≥98%",
                    "D102",
                    "error",
                    row=True,
                    alt=("D103", "F201"),
                    note="the same indicator as under 质量指标, another value",
                ),
                "历史标准",
            ),
            (None, "可持续影响指标", "食品安全风险预警机制", "健全", "其他标准"),
            ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥90%", "历史标准"),
        ],
        merged=(1, 2),
    )
    signature(s, "刘畅", "0592-63017452", "黄海燕")
    return b
