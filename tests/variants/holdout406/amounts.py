"""Money and periods (items 6, 8, 12, 13): department budgets with shares and tasks, multi-year
projects with 中期 and 年度 columns, template rows left empty and a budget-system export."""

from __future__ import annotations

from tests.variants.holdout406.common import (
    CULTURE,
    HEAD4,
    INDUSTRY,
    department,
    first_sheet,
    indicators,
    multi_year,
    one_year,
    project,
    wan,
)
from tests.variants.holdout406.registry import variant
from tests.variants.kit import Book, C, Sheet, mk, pct

PERIOD = ("一级指标", "二级指标", "三级指标", "指标值", None)
PERIOD2 = (None, None, None, "中期指标值", "年度指标值")


def _share(v: float) -> C:
    return pct(v, "0.00%")


def _two_row_header(s: Sheet, rows: list[tuple[object, ...]]) -> None:
    """A two-row header (指标值 over 中期 | 年度), then the table with tiers merged down."""
    top = s.row(*PERIOD)
    s.row(*PERIOD2)
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.ws.merge_cells(start_row=top, start_column=4, end_row=top, end_column=5)
    s.table(rows, merged=(1, 2))


@variant(
    "wz13-department-money",
    (12,),
    "department, NAT-2021: budget with typed shares, key "
    "tasks adding to 金额合计 = 项目支出, 0起 on an incident count (correct)",
)
def wz13() -> Book:
    b, s = first_sheet()
    budget = [
        (wan(860), wan(740), wan(120), wan(310), wan(550)),
        (_share(1), _share(0.8605), _share(0.1395), _share(0.3605), _share(0.6395)),
    ]
    tasks = [("紫砂工作室集聚区运营", "集聚区公共服务与招商", wan(260), "入驻工作室≥180家"),
             ("紫砂泥料资源保护", "泥料矿区巡查与抽检", wan(180), "巡查≥48次"),
             ("紫砂人才培育", "工作室从业人员培训", wan(110), "培训≥600人次"),
             ("金额合计", None, wan(550), None)]  # fmt: skip
    department(s, "丹埴县泥湾镇紫砂产业发展服务中心", budget,
               "做强紫砂工作室集聚区，保护泥料资源，培育紫砂人才。", tasks)  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "集聚区入驻紫砂工作室", "≥180家"),
        (None, None, "泥料矿区巡查", "≥48次"),
        (None, None, "从业人员培训", "≥600人次"),
        (None, "质量指标", "紫砂泥料抽检合格率", "≥95%"),
        (None, "时效指标", "培训补助发放及时率", "100%"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤0.15万元/人次"),
        ("效益指标", "经济效益指标", "集聚区紫砂产值增长率", "≥8%"),
        (None, "社会效益指标", "新增紫砂从业人员", "≥150人"),
        (None, "生态效益指标", "泥料矿区违规开采事件", "0起"),
        ("满意度指标", "服务对象满意度指标", "入驻工作室满意度", "≥90%"),
    ]
    indicators(s, HEAD4, rows)
    return b


@variant(
    "wz14-department-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ "
    "资金总额, a share that does not match its amount, tasks not adding to 金额合计",
)
def wz14() -> Book:
    b, s = first_sheet()
    total = mk(wan(680), "B101", "error", row=True, note="基本 260 + 项目 400 = 660 ≠ 680")
    share = mk(_share(0.9), "B111", "error", note="600 ÷ 680 = 88.24%，不是 90%")
    budget = [
        (total, wan(600), wan(80), wan(260), wan(400)),
        (_share(1), share, _share(0.1176), _share(0.3824), _share(0.5882)),
    ]
    tasks = [
        ("陶瓷文化节", "举办窑前陶瓷文化节", wan(130), "参观≥4万人次"),
        ("陶艺工作室扶持", "扶持陶艺工作室30家", wan(150), "扶持≥30家"),
        ("古窑址保护", "古窑址巡护与修缮", wan(100), "修缮古窑2座"),
        ("金额合计", None, mk(wan(400), "B102", "error", note="130+150+100=380"), None),
    ]
    department(s, "丹埴县窑前镇陶瓷文化发展中心", budget,
               "办好陶瓷文化节，扶持陶艺工作室，保护古窑址。", tasks)  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "扶持陶艺工作室", "≥30家"),
        (None, None, "修缮古窑", "≥2座"),
        (None, "质量指标", "古窑修缮验收合格率", "100%"),
        (None, "时效指标", "文化节举办时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单家工作室扶持标准", "≤5万元/家"),
        ("效益指标", "社会效益指标", "文化节参观人次", "≥4万人次"),
        (None, "可持续影响指标", "古窑址巡护制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "扶持工作室满意度", "≥90%"),
    ]
    indicators(s, HEAD4, rows)
    return b


@variant(
    "wz15-multi-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns under a "
    "two-row header: annual counts below the period, rates equal, a 下降率 with ≥ (correct)",
)
def wz15() -> Book:
    b, s = first_sheet()
    project(s, "泥湾镇紫砂非遗传承基地建设", CULTURE, "丹埴县紫砂文化保护中心",
            multi_year((450, 390, 60), (150, 130, 20)),
            ("三年培养紫砂传承学徒90人，建成传承教室3间，形成稳定的师徒传承机制。",
             "本年度培养学徒30人，建成传承教室1间，举办技艺展演12场。"), years=3)  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "培养紫砂传承学徒", "≥90人", "≥30人"),
        (None, None, "建成传承教室", "≥3间", "≥1间"),
        (None, "质量指标", "学徒出师考核合格率", "≥85%", "≥85%"),
        (None, "时效指标", "建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "学徒带教补助标准", "≤1.2万元/人", "≤1.2万元/人"),
        ("效益指标", "社会效益指标", "紫砂技艺展演", "≥36场", "≥12场"),
        (None, "生态效益指标", "泥料损耗下降率", "≥10%", "≥5%"),
        (None, None, "泥料废水直排事件", "0起", "0起"),
        ("满意度指标", "服务对象满意度指标", "学徒满意度", "≥90%", "≥90%"),
    ]
    _two_row_header(s, rows)
    return b


@variant(
    "wz16-multi-year-copied",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: "
    "年度目标 copied from 中期目标, two counts copied, one annual count above the period",
)
def wz16() -> Book:
    b, s = first_sheet()
    goal = "孵化陶艺工作室40家，开设陶艺公共课程120期，建成共享柴窑2座。"
    copied = mk(goal, "D204", "warning", note="两年期项目的年度目标与中期目标逐字相同")
    project(
        s,
        "窑前镇陶艺工作室集群培育",
        INDUSTRY,
        "丹埴县窑前镇人民政府",
        multi_year((300, 260, 40), (160, 140, 20)),
        (goal, copied),
        years=2,
    )
    note = "累计数量的年度值照抄中期值"
    rows = [
        ("产出指标", "数量指标", "孵化陶艺工作室", "≥40家",
         mk("≥40家", "D202", "warning", note=note)),
        (None, None, "陶艺公共课程", "≥120期", mk("≥120期", "D202", "warning", note=note)),
        (None, None, "建成共享柴窑", "≥2座",
         mk("≥3座", "D201", "error", note="年度 3 座多于实施期 2 座")),
        (None, None, "陶艺市集", "≥16场", "≥8场"),
        (None, "质量指标", "孵化工作室存活率", "≥80%", "≥80%"),
        (None, "时效指标", "孵化服务响应时间", "≤3个工作日", "≤3个工作日"),
        ("成本指标", "经济成本指标", "单家工作室孵化补助", "≤3万元/家", "≤3万元/家"),
        ("效益指标", "经济效益指标", "孵化工作室年销售额", "≥800万元", "≥350万元"),
        (None, "社会效益指标", "带动就业人员", "≥200人", "≥90人"),
        ("满意度指标", "服务对象满意度指标", "入驻工作室满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), rows)
    return b


@variant(
    "wz17-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left from "
    "the template without indicator, a value without a name",
)
def wz17() -> Book:
    b, s = first_sheet()
    project(
        s,
        "泥湾镇紫砂新壶型设计征集",
        CULTURE,
        "丹埴县泥湾镇紫砂行业协会",
        one_year(30, 25, 5),
        ("征集紫砂新壶型设计稿200件，评选入选作品40件并推动投产。",),
    )
    rows = [
        ("产出指标", "数量指标", "征集紫砂壶型设计稿", "≥200件"),
        (None, None, "评选入选作品", "≥40件"),
        (None, "质量指标", "入选作品专家复审通过率", "≥90%"),
        (None, "时效指标", "评选结果公布时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "单件入选作品奖励", "≤0.2万元/件"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note="模板行，未填指标"),
         None, None),
        ("效益指标", "经济效益指标",
         mk(None, "F110", "error", note="有指标值，三级指标名称为空"), "≥15家"),
        (None, "社会效益指标", "征集活动线上参与人次", "≥3万人次"),
        (None, "可持续影响指标", "新壶型投产转化", "≥10款"),
        ("满意度指标", "服务对象满意度指标", "参赛工作室满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    return b


@variant(
    "wz18-system-export",
    (7, 8, 12),
    "budget-system export, one-year project: money on "
    "sheet 05-1, indicators on sheet 05-2 under a header on row 3 with codes (correct)",
)
def wz18() -> Book:
    b, s = first_sheet("部门项目支出预算05-1", (10, 22, 16, 24, 8, 14, 14, 12, 12))
    codes = ("318012", "丹埴县窑前镇人民政府", "2025YQ0173", "窑前镇陶艺研学基地运营", "1年")
    s.title("2025年部门项目支出预算表", 9)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "项目期", "年度资金总额",
          "当年财政拨款", "上年结转", "其他资金")  # fmt: skip
    s.row(*codes, wan(96), wan(80), wan(6), wan(10))
    s.row("合计", None, None, None, None, wan(96), wan(80), wan(6), wan(10))
    t = b.sheet("部门项目支出绩效目标05-2", (10, 12, 22, 12, 16, 24, 16, 16))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位名称：丹埴县窑前镇人民政府", None, None, None, None, None, "金额单位：万元")
    c = (codes[0], codes[2], codes[3])
    rows = [
        (*c, "产出指标", "数量指标", "接待中小学生陶艺研学", "≥6000人次", "≥6000人次"),
        (*c, None, None, "开发陶艺研学课程", "≥12门", "≥12门"),
        (*c, None, "质量指标", "研学安全事故", "0起", "0起"),
        (*c, None, "时效指标", "研学课程开课及时率", "≥95%", "≥95%"),
        (*c, "成本指标", "经济成本指标", "人均研学成本", "≤120元/人次", "≤120元/人次"),
        (*c, "效益指标", "社会效益指标", "参与研学学校", "≥30所", "≥30所"),
        (*c, None, "可持续影响指标", "研学基地运营机制", "健全", "健全"),
        (*c, "满意度指标", "服务对象满意度指标", "研学学生满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    head = ("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标",
            "实施期指标值", "年度指标值")  # fmt: skip
    indicators(t, head, rows, merged=(4, 5))
    return b
