"""Multi-year projects with 中期 and 年度 money and value columns: a 合计 with a qualifier, a
period split by year that misses the 中期资金总额, the year's money above the period's
(pj07, pj08, pj10)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout208.common import TWO, book, detail, indicators, period_money, wan
from tests.variants.holdout208.registry import variant
from tests.variants.kit import Book, mk, ok, pct


@variant("pj07-qualified-total", (8, 12), "two-year project, NAT-2021, 中期 and 年度 columns, "
         "a detail block with 中期 and 年度 amounts under a 合计（含其他资金） row; every "
         "column adds up (correct)")  # fmt: skip
def pj07() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, name="石溪河综合治理项目", dept="青岚市水务局（604）",
        unit="青岚市河道管理所",
        money=period_money((wan(500), wan(420), wan(80)), (wan(260), wan(220), wan(40))),
        goals=["2026—2027年完成石溪河河道清淤12公里、新建生态护岸8公里、岸线绿化48000平方米，"
               "治理河段水质达标率达到90%以上。",
               "2026年完成河道清淤6公里、新建生态护岸5公里、岸线绿化16500平方米，"
               "治理河段水质达标率达到85%以上。"],
    )  # fmt: skip
    detail(s, "资金测算明细", ("支出内容", "测算依据", "中期金额（万元）", "年度金额（万元）"), [
        ("河道清淤", "中期12公里、年度6公里，15万元/公里", wan(180), wan(90)),
        ("生态护岸", "中期8公里、年度5公里，25万元/公里", wan(200), wan(125)),
        ("水质监测", "中期24次、年度12次，1万元/次", wan(24), wan(12)),
        ("岸线绿化", "中期48000平方米、年度16500平方米，20元/平方米", wan(96), wan(33)),
    ], ("合计（含其他资金）", None, wan(500), wan(260)))  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "河道清淤长度", "≥12公里", "≥6公里"),
        (None, None, "新建生态护岸长度", "≥8公里", "≥5公里"),
        (None, None, "岸线绿化面积", "≥48000平方米", "≥16500平方米"),
        (None, None, "水质监测频次", "≥24次", "≥12次"),
        (None, "质量指标", "治理工程验收合格率", pct(1), pct(1)),
        (None, "时效指标", "治理工程完工时间", "2027年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "河道清淤单位成本", "≤15万元/公里", "≤15万元/公里"),
        ("效益指标", "生态效益指标", "治理河段水质达标率", "≥90%", "≥85%"),
        (None, "可持续影响指标", "河道长效管护机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pj08-year-split-not-period", (8, 12), "three-year project, NAT-2021, 中期 and 年度 "
         "columns, a 分年度资金安排 row (2026年 │ 2027年 │ 2028年 = 300 + 320 + 300 = 920) against "
         "the 中期资金总额 900; a training line 600人次×800元 (48万元) written 52")  # fmt: skip
def pj08() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="智慧教育平台建设项目", dept="青岚市教育局（103）",
        unit="青岚市教育信息技术中心", attr="新增项目",
        money=period_money(
            (mk(wan(900), "B101", "error", alt=("B102",),
                note="the years 300 + 320 + 300 = 920"), wan(780), wan(120)),
            (wan(300), wan(260), wan(40))),
        goals=["2026—2028年建成市级智慧教育平台，累计接入学校120所，培训教师1800人次，"
               "教师平台常态化使用率达到80%以上。",
               "2026年完成平台一期开发并于9月1日前上线，接入学校40所，培训教师600人次。"],
    )  # fmt: skip
    s.row("分年度资金安排（万元）", "2026年", "2027年", "2028年")
    s.row(None, wan(300), wan(320), wan(300))
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    detail(s, "2026年度资金测算", ("支出内容", "测算依据", "金额（万元）"), [
        ("平台软件一期开发", "按开发合同价", wan(140)),
        ("学校终端部署", "40所×2.5万元/所", wan(100)),
        ("教师应用培训", "600人次×800元/人次",
         mk(wan(52), "B101", "error", row=True, alt=("B102",),
            note="600人次×800元 = 48万元, not 52")),
        ("运维及安全测评", "等级保护测评及运行维护", wan(8)),
    ], ("合计", None, wan(300)))  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "接入平台学校数", "≥120所", "≥40所"),
        (None, None, "教师应用培训人次", "≥1800人次", "≥600人次"),
        (None, "质量指标", "平台系统可用率", "≥99%", "≥99%"),
        (None, "时效指标", "平台建设阶段完成时间", "2028年10月31日前", "2026年9月1日前"),
        ("成本指标", "经济成本指标", "单校终端部署成本", "≤2.5万元/所", "≤2.5万元/所"),
        ("效益指标", "社会效益指标", "教师平台常态化使用率", "≥80%", "≥60%"),
        (None, "可持续影响指标", "平台运行维护机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pj10-annual-above-period", (8, 12), "two-year project, NAT-2021, 中期 and 年度 "
         "columns: 年度资金总额 450 above the 中期资金总额 400 (the 年度 lines add to "
         "450)")  # fmt: skip
def pj10() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, name="城市社区嵌入式托育服务点建设项目",
        dept="雁回市卫生健康委员会（402）", unit="雁回市妇幼保健院",
        money=period_money(
            (ok(wan(400), "error", note="the other side of the 年度 > 中期 comparison"),
             wan(360), wan(40)),
            (mk(wan(450), "B103", "error", note="the year's 450 above the period's 400"),
             ok(wan(400), "error", note="the 年度 财政拨款 above the 中期 one: the same slip"),
             wan(50))),
        goals=["2026—2027年在城市社区建成嵌入式托育服务点30个，新增托位600个，"
               "培训保育人员300人。",
               "2026年建成托育服务点18个，新增托位360个，培训保育人员180人。"],
    )  # fmt: skip
    detail(s, "2026年度资金测算（万元）", ("序号", "支出内容", "测算依据", "金额"), [
        (1, "托育服务点改造建设补助", "18个×12万元/个", wan(216)),
        (2, "托育设施设备配置", "18个×8万元/个", wan(144)),
        (3, "保育人员培训", "180人×2000元/人", wan(36)),
        (4, "托育服务点运营补贴", "18个×3万元/个", wan(54)),
    ], ("合计", None, None, wan(450)))  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "建成托育服务点数", "≥30个", "≥18个"),
        (None, None, "新增托位数", "≥600个", "≥360个"),
        (None, None, "培训保育人员数", "≥300人", "≥180人"),
        (None, "质量指标", "托育服务点验收合格率", pct(1), pct(1)),
        (None, "时效指标", "托育服务点建成时间", "2027年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单个服务点建设补助标准", "≤12万元/个", "≤12万元/个"),
        ("效益指标", "社会效益指标", "托位使用率", "≥70%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "入托婴幼儿家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
