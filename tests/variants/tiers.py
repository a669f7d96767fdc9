"""Item 5: tier labels as offices write them, and the tiers of other official forms."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.kit import Book, mk, variant

ONE = ["一级指标", "二级指标", "三级指标", "指标值"]


@variant("t01-points-labels", (5,), "project, NAT-2021, tier labels with numbering and points "
         "(一、产出指标（50分）, 效益指标(20-30)分, 1.数量指标)")  # fmt: skip
def t01() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="职业技能提升培训补贴", dept="青岚市人力资源和社会保障局",
        unit="青岚市职业技能鉴定指导中心",
        money=[("年度资金总额", 540, "其中：财政拨款", 540), (None, None, "其他资金", 0)],
        goals=["开展职业技能提升培训6000人次，培训合格率不低于90%。"],
    )  # fmt: skip
    s.table([
        ONE,
        ["一、产出指标（50分）", "1.数量指标", "补贴性职业技能培训人次", "≥6000人次"],
        [None, "2.质量指标", "培训考核合格率", "≥90%"],
        [None, "3.时效指标", "培训补贴审核发放及时率", "≥95%"],
        ["二、成本指标（10分）", "（一）经济成本指标", "人均培训补贴标准", "≤900元/人"],
        ["三、效益指标(20-30)分", "1.社会效益指标", "培训后就业创业率", "≥60%"],
        [None, "2.可持续影响指标", "职业技能培训评价体系", "持续完善"],
        ["四、满意度指标（10分）", "1.服务对象满意度指标", "参训学员满意度", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("t02-alt-labels", (5,), "transfer-payment project, OLD-NAT, labels with marks (*, ★), "
         "bracketed alternatives and abbreviations")  # fmt: skip
def t02() -> Book:
    b = Book()
    s = b.sheet("绩效目标")
    project_head(
        s, year=2025, name="巩固拓展脱贫攻坚成果衔接资金（产业发展）", dept="临溪县农业农村局",
        unit="临溪县乡村振兴服务中心",
        money=[("年度资金总额", 1600, "其中：中央补助", 1200), (None, None, "地方资金", 400)],
        goals=["支持12个村发展特色种养产业，带动脱贫人口和监测对象稳定增收。"],
    )  # fmt: skip
    s.table([
        ONE,
        ["*产出指标", "*数量", "★支持特色产业项目个数", "≥12个"],
        [None, None, "★带动脱贫户和监测户户数", "≥1500户"],
        [None, "质量指标(或标准指标)", "产业项目验收合格率", "≥95%"],
        [None, "时效指标（进度指标）", "★资金拨付进度", "≥95%"],
        [None, "成本", "户均产业帮扶投入", "≤1.0万元/户"],
        ["*效益指标", "经济效益指标", "★带动脱贫人口人均增收", "≥800元"],
        [None, "社会效益指标", "联农带农机制覆盖项目比例", "≥90%"],
        [None, "可持续影响", "产业项目持续运营年限", "≥5年"],
        ["*满意度指标", "服务对象满意度", "★受益脱贫人口满意度", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("t03-central-investment", (5,), "中央预算内投资计划绩效目标表: 总投资 block, "
         "OLD-NAT tiers with 成本指标 under 产出, two money sources")  # fmt: skip
def t03() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", widths=(16, 18, 34, 18, 16, 16))
    s.title("2025年中央预算内投资计划绩效目标表", 6)
    s.row("项目名称", "临溪县第二水厂及配套管网工程", None, "项目单位",
          "临溪县水务投资有限公司", None, merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("主管部门", "临溪县水务局", None, "建设性质", "新建", None, merge=[(2, 3), (5, 6)])
    s.row("投资情况（万元）", "总投资", "中央预算内投资", "地方配套资金", "本年度下达投资", None)
    s.row(None, 9600, 6000, 3600, 4200, None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度绩效目标", "2025年完成新建水厂主体工程和20公里配水管网，新增日供水能力3万吨。",
          merge=[(2, 6)])  # fmt: skip
    s.table([
        ONE,
        ["产出指标", "数量指标", "新增日供水能力", "≥3万吨"],
        [None, None, "新建配水管网长度", "≥20公里"],
        [None, "质量指标", "单位工程质量验收合格率", "=100%"],
        [None, "时效指标", "年度投资计划完成率", "≥90%"],
        [None, "成本指标", "每公里配水管网造价", "≤95万元"],
        ["效益指标", "经济效益指标", "年供水收入", "≥1500万元"],
        [None, "社会效益指标", "新增受益人口", "≥12万人"],
        [None, "生态效益指标", "出厂水水质达标率", "=100%"],
        [None, "可持续影响指标", "工程设计使用年限", "≥30年"],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("t04-regional-transfer", (5,), "transfer-payment 区域绩效目标表: 中央补助 + 地方资金, "
         "numbered goals, OLD-NAT tiers")  # fmt: skip
def t04() -> Book:
    b = Book()
    s = b.sheet("区域绩效目标表", widths=(16, 18, 34, 18, 16, 16))
    s.title("农村综合改革转移支付区域绩效目标表", 6)
    s.title("（2025年度）", 6)
    s.row("专项名称", "农村综合改革转移支付", None, "省级主管部门", "某省财政厅", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("地方主管部门", "青岚市财政局", None, "实施单位", "青岚市农村综合改革办公室", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("资金情况（万元）", "年度金额", 2300, None, None, None, merge=[(3, 6)])
    s.row(None, "其中：中央补助", 1500, None, None, None, merge=[(3, 6)])
    s.row(None, "地方资金", 800, None, None, None, merge=[(3, 6)])
    s.ws.merge_cells(start_row=s.r - 2, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", "目标1：支持40个村开展村级公益事业建设一事一议财政奖补；"
          "目标2：支持5个美丽乡村示范点建设。", merge=[(2, 6)])  # fmt: skip
    s.table([
        ONE,
        ["产出指标", "数量指标", "一事一议奖补项目村数", "≥40个"],
        [None, None, "美丽乡村示范点建设数量", "≥5个"],
        [None, "质量指标", "奖补项目竣工验收合格率", "≥98%"],
        [None, "时效指标", "奖补资金下达及时率", "≥95%"],
        [None, "成本指标", "每个示范点奖补资金", "≤200万元"],
        ["效益指标", "社会效益指标", "项目村人居环境改善", "明显改善"],
        [None, "可持续影响指标", "村级公益设施管护机制", "健全"],
        ["满意度指标", "服务对象满意度指标", "项目村群众满意度", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("t05-decorated-wrong-parent", (5,), "project, NAT-2021, numbered labels with one "
         "tier-2 under the wrong tier-1")  # fmt: skip
def t05() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="河湖长制巡查保洁", dept="白沙河区水务局", unit="白沙河区河湖管理所",
        money=[("年度资金总额", 320, "其中：财政拨款", 320), (None, None, "其他资金", 0)],
        goals=["落实全区36条河道日常巡查保洁，河道水质稳定达标。"],
    )  # fmt: skip
    s.table([
        ONE,
        ["一、产出指标", "1.数量指标", "河道巡查保洁长度", "≥180公里"],
        [None, "2.质量指标", "河道保洁考核达标率", "≥95%"],
        [None, mk("3.生态效益指标", "F105", "error"), "河道水面漂浮物清理率", "≥95%"],
        [None, "4.时效指标", "问题线索处置及时率", "≥95%"],
        ["二、成本指标", "1.经济成本指标", "每公里年保洁费用", "≤1.7万元/公里"],
        ["三、效益指标", "1.社会效益指标", "河道水质达标率", "≥90%"],
        ["四、满意度指标", "1.服务对象满意度指标", "沿河群众满意度", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    return b
