"""Returns on extending sewage pipes into villages."""

from __future__ import annotations

from tests.variants.holdout720.common import (
    HEAD,
    footer,
    multi_year,
    notes,
    one_year,
    project,
    stacked_head,
    table,
    w,
)
from tests.variants.holdout720.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

UNIT = "澄岭县农村污水治理项目办"
OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
SCORE_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "分值")


@variant(
    "kbb07-pipe-extension",
    (11, 1, 4),
    "project, OLD-NAT, operators in words in 指标性质, unit column, notes below (correct)",
)
def pipe_extension() -> Book:
    goal = ("在鹤湾、石埠、横塘3个行政村新建污水管网12.6公里（其中主管4.2公里、入户支管8.4公里），"
            "接入农户860户，2025年11月底前完工并通水。")  # fmt: skip
    b, s = project("村庄污水管网延伸工程", one_year(w(1200), w(1000), w(200)), [goal], unit=UNIT,
                   attr="一次性项目")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "新建污水管网长度", "大于等于", 12.6, "公里"),
        (None, None, "新增接入农户数", "大于等于", 860, "户"),
        (None, None, "覆盖行政村数", "等于", 3, "个"),
        (None, "质量指标", "管道闭水试验合格率", "等于", pct(1), "%"),
        (None, "时效指标", "管网工程完工时间", "小于等于", "2025年11月30日", "日期"),
        (None, "成本指标", "管网建设综合单价", "小于等于", 95, "万元/公里"),
        ("效益指标", "生态效益指标", "农村生活污水治理率提高", "大于等于", 6, "百分点"),
        (None, "社会效益指标", "施工安全事故", "小于等于", 0, "起"),
        (None, "可持续影响指标", "管网移交运维单位比例", "等于", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "接户农户满意度", "大于等于", pct(0.9), "%"),
    ]
    table(s, OP_HEAD, rows)
    notes(s, "注：1.接入农户数以竣工验收接户清单为准；2.管网长度含主管4.2公里、入户支管8.4公里。",
          "填表说明：指标性质填写大于等于、小于等于或等于。")  # fmt: skip
    footer(s, "田予安", "0736-5520913")
    return b


@variant(
    "kbb08-pipe-goal-mismatch",
    (5, 7),
    "project, OLD-NAT, abbreviated tiers, header 预期目标: length, deadline, misplaced rate",
)
def pipe_goal_mismatch() -> Book:
    goal = "在横塘、枫林2个行政村新建污水管网9.8公里，接入农户520户，2025年10月底前完工。"
    b, s = project("横塘枫林片区污水管网延伸", one_year(w(860), w(700), w(160)), [goal], unit=UNIT,
                   attr="一次性项目")  # fmt: skip
    rows = [
        ("产出", "数量", "新建污水管网长度",
         mk("≥8.9公里", "D104", "warning", row=True, note="年度目标写9.8公里")),
        (None, None, "新增接入农户数", "≥520户"),
        (None, "质量", "管网工程验收合格率", "=100%"),
        (None, "时效", "管道闭水试验合格率",
         mk("≥98%", "F201", "warning", row=True, note="合格率是质量指标，填在时效下")),
        (None, None, "管网工程完工时间",
         mk("2026年6月30日前", "Y102", "error", alt=("D104", "Y103"),
            note="一年期项目（计划完成2025-12-31），目标写2025年10月底前完工")),
        (None, "成本", "主管网建设单价", "≤55万元/公里"),
        (None, None, "入户支管单价", "≤0.6万元/户"),
        ("效益", "生态效益", "减少直排入河排污口", "≥2个"),
        (None, "社会效益", "施工扰民投诉次数", "≤3次"),
        ("满意度", "服务对象满意度", "接户农户满意度", "≥90%"),
    ]  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    footer(s, "田予安", "0736-5520913")
    return b


def pipe_rows(s: Sheet, length: float, homes: int, price: float, rate: float) -> None:
    """The indicator table of one stacked village project."""
    rows = [
        ("产出指标", "数量指标", "新建污水管网长度", f"≥{length}公里"),
        (None, None, "新增接入农户数", f"≥{homes}户"),
        (None, "质量指标", "管道闭水试验合格率", "=100%"),
        (None, "时效指标", "工程完工时间", "2025年11月30日前"),
        (None, "成本指标", "主管网建设单价", f"≤{price}万元/公里"),
        (None, None, "入户支管单价", "≤0.5万元/户"),
        ("效益指标", "生态效益指标", "片区生活污水收集率", f"≥{rate}%"),
        ("满意度指标", "服务对象满意度指标", "接户农户满意度", "≥90%"),
    ]
    table(s, HEAD, rows)


@variant(
    "kbb09-pipe-stacked",
    (2,),
    "two village projects stacked, OLD-NAT, same indicator names with other values (correct)",
)
def pipe_stacked() -> Book:
    goal = "鹤湾片区新建污水管网6.5公里，接入农户480户，生活污水收集率达到85%以上。"
    b, s = project("鹤湾片区污水管网延伸", one_year(w(620), w(520), w(100)), [goal], unit=UNIT)
    pipe_rows(s, 6.5, 480, 58, 85)
    s.skip(2)
    goal = "石埠片区新建污水管网4.2公里，接入农户340户，生活污水收集率达到80%以上。"
    stacked_head(s, "石埠片区污水管网延伸", one_year(w(420), w(360), w(60)), [goal], unit=UNIT,
                 title="")  # fmt: skip
    pipe_rows(s, 4.2, 340, 58, 80)
    notes(s, "注：两个项目资金合计1040万元（鹤湾片区620万元、石埠片区420万元）。")
    footer(s, "田予安", "0736-5520913")
    return b


@variant(
    "kbb10-pipe-stacked-wrong",
    (2, 12),
    "two projects stacked: the second's money split, unit cost × homes, last year's row",
)
def pipe_stacked_wrong() -> Book:
    goal = "枫林片区新建污水管网5.6公里，接入农户420户，生活污水收集率达到85%以上。"
    b, s = project("枫林片区污水管网延伸", one_year(w(560), w(460), w(100)), [goal], unit=UNIT)
    pipe_rows(s, 5.6, 420, 58, 85)
    s.skip(2)
    goal = "南岙片区为1200户农户铺设入户支管并接入主管网，生活污水收集率达到80%以上。"
    total = mk(w(380), "B101", "error", note="财政拨款300 + 其他资金60 = 360，不是380")
    stacked_head(s, "南岙片区入户支管建设", one_year(total, w(300), w(60)), [goal], unit=UNIT,
                 title="")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "新增接入农户数", "≥1200户"),
        (None, None, "2024年度新建管网长度",
         mk("≥4.2公里", "Y103", "warning", row=True, alt=("Y101", "D104"),
            note="上年表格留下的行：本项目只建入户支管，2024年不是预算年度")),
        (None, "质量指标", "入户支管通水合格率", "=100%"),
        (None, "成本指标", "入户支管单价",
         mk("≤0.35万元/户", "B107", "warning", row=True,
            note="0.35万元 × 1200户 = 420万元，超过项目资金380万元")),
        ("效益指标", "生态效益指标", "片区生活污水收集率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "接户农户满意度", "≥90%"),
    ]  # fmt: skip
    table(s, HEAD, rows)
    footer(s, "田予安", "0736-5520913")
    return b


@variant(
    "kbb11-pipe-two-year",
    (8, 10, 1),
    "two-year project, NAT-2021, tier points in labels and indicator points, 百分点 (correct)",
)
def pipe_two_year() -> Book:
    period = ("2025年—2026年在南岙片区5个行政村新建污水管网21公里，接入农户1500户，"
              "农村生活污水治理率提高12个百分点。")  # fmt: skip
    annual = "2025年完成南岙、枫林、横塘3个村管网11公里，接入农户800户，治理率提高6个百分点。"
    money = multi_year((w(1800), w(1500), w(300)), (w(950), w(800), w(150)))
    b, s = project("南岙片区农村污水管网两年建设", money, [period, annual], unit=UNIT, years=2,
                   attr="新增项目")  # fmt: skip
    rows = [
        ("产出指标（50分）", "数量指标", "新建污水管网长度", "≥21公里", "≥11公里", 15),
        (None, None, "新增接入农户数", "≥1500户", "≥800户", 15),
        (None, "质量指标", "管道闭水试验合格率", "=100%", pct(1), 10),
        (None, "时效指标", "年度建设任务按期完成率", pct(1), pct(1), 10),
        (
            "成本指标（20分）",
            "经济成本指标",
            "管网建设综合单价",
            "≤80万元/公里",
            "≤80万元/公里",
            20,
        ),
        ("效益指标（20分）", "生态效益指标", "农村生活污水治理率提高", "≥12百分点", "≥6百分点", 10),
        (None, "社会效益指标", "片区内黑臭水体数量", "≤0处", "≤0处", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "接户农户满意度", pct(0.9), pct(0.9), 10),
    ]
    table(s, SCORE_HEAD, rows)
    footer(s, "田予安", "0736-5520913")
    return b


@variant(
    "kbb12-pipe-two-year-wrong",
    (8, 10, 5),
    "two-year project, NAT-2021, title year against the plan, tier points against the sum",
)
def pipe_two_year_wrong() -> Book:
    period = "2025年—2026年在枫林片区4个行政村新建污水管网16公里，接入农户1100户。"
    annual = "2025年新建污水管网8公里，接入农户560户，完成管网闭水试验和通水验收。"
    money = multi_year((w(1600), w(1300), w(300)), (w(820), w(700), w(120)))
    title = mk("2024年度项目支出绩效目标申报表", "Y101", "error", alt=("Y102", "Y103"),
               note="标题2024年度，项目期2025年—2026年")  # fmt: skip
    b, s = project("枫林片区农村污水管网两年建设", money, [period, annual], unit=UNIT, years=2,
                   title=title, attr="新增项目")  # fmt: skip
    tier = mk("产出指标（50分）", "W103", "error", alt=("W101",), note="其下分值12+12+10+11=45")
    rows = [
        (tier, "数量指标", "新建污水管网长度", "≥16公里", "≥8公里", 12),
        (None, None, "新增接入农户数", "≥1100户", "≥560户", 12),
        (None, "质量指标", "管道闭水试验合格率", "=100%", "=100%", 10),
        (None, "时效指标", "年度建设任务按期完成率", "=100%", "=100%", 11),
        (
            "成本指标（20分）",
            "经济成本指标",
            "管网建设综合单价",
            "≤90万元/公里",
            "≤90万元/公里",
            20,
        ),
        ("效益指标（20分）", "生态效益指标", "农村生活污水治理率提高", "≥10百分点", "≥5百分点", 20),
        ("满意度指标（10分）", "服务对象满意度指标", "接户农户满意度", "≥90%", "≥90%", 10),
    ]
    table(s, SCORE_HEAD, rows)
    footer(s, "田予安", "0736-5520913")
    return b
