"""Village public toilets (农村公厕): kfq07–kfq12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout839.common import (
    YEAR,
    department_book,
    indicators,
    notes,
    project_book,
    signature,
    w,
    year_money,
)
from tests.variants.holdout839.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

GOAL08 = "2025年新建村级公厕30座，公厕验收合格率≥95%。"
GOAL11 = "改造提升镇村公厕15座，公厕无障碍设施配置率提高10个百分点。"
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "kfq07-qiaotou-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), weights add "
    "to 100, a 下降率 with ≥ (correct)",
)
def kfq07() -> Book:
    b, s = department_book(dept="桥头铺镇人民政府", title="2025年度部门整体支出绩效目标表",
                           goal="新建改建村级公厕24座，落实公厕专人保洁，降低群众如厕投诉。",
                           budget=[(w(410), w(380), w(30), w(170), w(240))])  # fmt: skip
    s.row(*FLAT)
    s.table([
        ("新建改建村级公厕数量", 20, "座", "≥", 24),
        ("公厕保洁员配备率", 15, "%", "≥", pct(1)),
        ("公厕建设验收合格率", 15, "%", "≥", pct(0.95)),
        ("单座公厕建设成本", 10, "万元/座", "≤", 9.5),
        ("如厕投诉下降率", 10, "%", "≥", pct(0.2)),
        ("公厕安全事故发生次数", 10, "起", "=", 0),
        ("公厕日常开放率", 10, "%", "≥", pct(0.95)),
        ("村民满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    notes(s, "说明：如厕投诉下降率为正向指标，按较上年下降幅度计；权重合计100。", width=5)
    signature(s, "卢既明", "0738-5562190")
    return b


def _stack(s: Sheet, name: str, unit: str, money: list, goal: object, title: str | None,
           rows: list) -> None:  # fmt: skip
    project_head(s, year=YEAR, name=name, dept="鹤汀县住房和城乡建设局 207004", unit=unit,
                 money=money, goals=[goal], title=title)  # fmt: skip
    indicators(s, rows, header=("一级指标", "二级指标", "三级指标", "指标值"))
    s.skip()


@variant(
    "kfq08-stacked-public-wrong",
    (2,),
    "two projects stacked, OLD-NAT: the second's money does not add up, a rate as a count, "
    "last season's year in its goal",
)
def kfq08() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    _stack(s, "鹤汀县村级公厕新建项目", "鹤汀县环境卫生服务站",
           year_money(w(360), w(330), w(30)), GOAL08, None, [
               ("产出指标", "数量指标", "新建村级公厕", "≥30座"),
               (None, "质量指标", "公厕验收合格率", "≥95%"),
               (None, "成本指标", "单座公厕建设成本", "≤12万元/座"),
               ("效益指标", "社会效益指标", "村民如厕便利度", "明显提高"),
               ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
           ])  # fmt: skip
    total = mk(w(180), "B101", "error", note="150 + 20 = 170 ≠ 180")
    goal = mk(
        "完成2024年度公厕提档升级20座，配置公厕管护员。",
        "Y103",
        "warning",
        note="预算年度2025，目标仍写2024年度（上一季残留）",
    )
    _stack(s, "鹤汀县村级公厕提档升级项目", "鹤汀县环境卫生服务站",
           [("年度资金总额", total, "其中：财政拨款", w(150)), (None, None, "其他资金", w(20))],
           goal, "", [
               ("产出指标", "数量指标", "提档升级公厕数量", "≥20座"),
               (None, "质量指标", "升级公厕达标率",
                mk("20座", "T105", "error", note="比率写成座数")),
               (None, "成本指标", "单座升级成本", "≤8万元/座"),
               ("效益指标", "社会效益指标", "公厕正常开放率", "≥95%"),
               ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
           ])  # fmt: skip
    return b


@variant(
    "kfq09-stacked-public",
    (2,),
    "two projects stacked, OLD-NAT, the same indicator names with other values in each (correct)",
)
def kfq09() -> Book:
    b = Book()
    s = b.sheet("公厕项目")
    _stack(s, "槐岭乡旅游公厕建设项目", "槐岭乡人民政府",
           year_money(w(96), w(90), w(6)), "在槐岭乡3处景点新建旅游公厕6座。", None, [
               ("产出指标", "数量指标", "新建公厕数量", "≥6座"),
               (None, "质量指标", "公厕验收合格率", "=100%"),
               (None, "成本指标", "单座公厕建设成本", "≤16万元/座"),
               ("效益指标", "社会效益指标", "游客如厕排队时间", "≤5分钟"),
               ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
           ])  # fmt: skip
    _stack(s, "槐岭乡村级公厕管护项目", "槐岭乡人民政府",
           year_money(w(42), w(42), w(0)), "对全乡14座村级公厕落实保洁和维修管护。", "", [
               ("产出指标", "数量指标", "管护公厕数量", "≥14座"),
               (None, "质量指标", "公厕保洁达标率", "≥95%"),
               (None, "成本指标", "单座年管护费用", "≤3万元/座"),
               ("效益指标", "社会效益指标", "公厕正常开放率", "≥98%"),
               ("满意度指标", "服务对象满意度指标", "村民满意度", "≥92%"),
           ])  # fmt: skip
    return b


GOAL10 = ("目标1：新建村级公厕45座，实现行政村公厕全覆盖；目标2：落实公厕保洁管护；"
          "目标3：村民对公厕满意度达到90%以上。")  # fmt: skip


@variant(
    "kfq10-yantang-department-wrong",
    (12,),
    "department, NAT-2021: tasks not adding to 金额合计, the goal's count against the "
    "indicator, a satisfaction rate under 社会效益",
)
def kfq10() -> Book:
    tasks = [
        ("村级公厕新建", "45个行政村各建公厕1座", w(405), "新建公厕45座"),
        ("公厕管护", "保洁员劳务、耗材", w(96), "公厕开放率≥95%"),
        ("金额合计", None, mk(w(510), "B102", "error", note="405 + 96 = 501 ≠ 510"), None),
    ]  # fmt: skip
    b, s = department_book(dept="雁塘县城乡环境卫生管理所", goal=GOAL10, tasks=tasks,
                           budget=[(w(720), w(690), w(30), w(210), w(510))])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "新建村级公厕数量",
         mk("≥38座", "D104", "warning", row=True, note="总体目标与任务写45座")),
        (None, "质量指标", "公厕建设验收合格率", "≥95%"),
        (None, "时效指标", "公厕建设完成时间", "2025年11月底前"),
        ("成本指标", "经济成本指标", "单座公厕建设成本", "≤9万元/座"),
        ("效益指标", "社会效益指标", "公厕正常开放率", "≥95%"),
        (None, None, mk("村民对公厕满意度", "F201", "warning", row=True,
                        note="满意度填在社会效益下，满意度指标另列"), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "保洁员工作满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kfq11-points-two-levels",
    (10, 5),
    "project, NAT-2021, tier labels with points and a score column per indicator, both "
    "adding to 100, a rate raised in 百分点 (correct)",
)
def kfq11() -> Book:
    b, s = project_book(name="岚角镇公厕革命提升项目", dept="芦湾县农业农村局 316001",
                        unit="岚角镇人民政府", money=year_money(w(150), w(150), w(0)),
                        goals=[GOAL11])  # fmt: skip
    indicators(s, [
        ("一、产出指标（40分）", "数量指标", "改造提升公厕数量", "≥15座", 15),
        (None, "质量指标", "改造验收合格率", "≥95%", 15),
        (None, "时效指标", "改造完成时限", "2025年10月31日前", 10),
        ("二、成本指标（20分）", "经济成本指标", "单座改造成本", "≤10万元/座", 20),
        ("三、效益指标（30分）", "社会效益指标", "无障碍设施配置率提高", "≥10百分点", 15),
        (None, "可持续影响指标", "公厕管护制度", "健全", 15),
        ("四、满意度指标（10分）", "服务对象满意度指标", "群众满意度", pct(0.9), 10),
    ], header=("一级指标", "二级指标", "三级指标", "指标值", "分值"))  # fmt: skip
    notes(s, "注：一级指标分值与三级指标分值两级分别合计100分，不重复相加。")
    return b


@variant(
    "kfq12-flat-public-wrong",
    (3, 11),
    "department, flat list with 指标性质 as operator: weights adding to 95, a 反向 rate with ≥",
)
def kfq12() -> Book:
    b, s = department_book(dept="沔阳渡乡人民政府",
                           goal="完成村级公厕改造12座，公厕故障报修处理及时。",
                           budget=[(w(130), w(120), w(10), w(40), w(90))])  # fmt: skip
    s.row(*FLAT)
    s.table([
        ("改造村级公厕数量", 25, "座", "≥", 12),
        ("公厕改造验收合格率", 20, "%", "≥", pct(0.95)),
        ("单座公厕改造成本", 15, "万元/座", "≤", 7),
        ("公厕设施故障率", 15, "%", mk("≥", "T108", "warning", row=True,
                                      note="故障率是反向指标"), pct(0.05)),
        ("公厕开放率", 10, "%", "≥", pct(0.95)),
        ("村民满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重25+20+15+15+10+10=95，应为100")
    return b
