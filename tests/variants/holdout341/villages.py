"""Storytelling and ballad performances sent to villages: percent cells, flat lists, notes."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout341.common import (
    FLAT_HEAD,
    OP_HEAD,
    flat,
    indicators,
    note,
    one_year,
    signature,
    start,
    wan,
)
from tests.variants.holdout341.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT_BUDGET = [(wan(1260), wan(1100), wan(160), wan(840), wan(420))]
DEPT_TASKS = [
    ("送杂技下乡", "赴乡镇、村社演出杂技节目", wan(150), "全年下乡演出不少于90场"),
    ("新剧目创排", "创排杂技新节目", wan(120), "新创节目不少于4个"),
    ("青年演员培训", "集中训练与跟团实习", wan(90), "培训青年演员不少于60人次"),
    ("巡演补助", "省内城市巡回演出", wan(60), "巡演城市不少于8个"),
    ("金额合计", None, wan(420), None),
]


@variant("um01-village-percent-cells", (1,),
         "project, OLD-NAT, operator and unit columns, percent-typed values, 万元 in the number "
         "format, a 0起 incident count (correct)")  # fmt: skip
def um01() -> Book:
    b, s = start()
    project_head(s, year=2025, name="苇塘县“评书进村”送演出项目",
                 dept="苇塘县文化广电旅游局（215003）", unit="苇塘县曲艺团",
                 money=one_year(86, 80, 6),
                 goals=["全年赴全县14个乡镇、120个行政村演出评书、鼓书等曲艺节目160场，"
                        "观看群众不少于4.8万人次。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "送演出场次", "≥", 160, "场"),
        (None, None, "覆盖行政村数", "≥", 120, "个"),
        (None, "质量指标", "演出节目审查通过率", "=", pct(1), "%"),
        (None, None, "新编曲目占演出曲目比例", "≥", pct(0.3), "%"),
        (None, "时效指标", "送演出任务完成时间", "≤", day(2025, 11, 30, CN_DATE), None),
        (None, "成本指标", "每场演出补助标准", "≤", 0.5, "万元/场"),
        ("效益指标", "社会效益指标", "农村群众观看人次", "≥", 48000, "人次"),
        (None, None, "演出安全责任事故", "=", 0, "起"),
        (None, "可持续影响指标", "乡镇曲艺固定演出点", "≥", 14, "个"),
        ("满意度指标", "服务对象满意度指标", "村民观众满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    signature(s, "付蓝川", "0739-6612308", (2024, 12, 9))
    return b


@variant("um02-ballad-percent-wrong", (1, 11),
         "project, OLD-NAT, operator column, percent cells: a coverage rate typed as 120% and a "
         "complaint rate with ≥")  # fmt: skip
def um02() -> Book:
    b, s = start()
    project_head(s, year=2025, name="松岙市“鼓书弹词进社区”惠民演出",
                 dept="松岙市文化和旅游局（308011）", unit="松岙市曲艺家协会",
                 money=one_year(64, 58, 6),
                 goals=["在全市86个社区演出鼓书、弹词专场100场，培育社区曲艺队20支。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "社区专场演出场次", "≥", 100, "场"),
        (None, None, "培育社区曲艺队", "≥", 20, "支"),
        (None, "质量指标", "社区演出覆盖率", "≥",
         mk(pct(1.2), "T106", "error", note="覆盖率以100%为上限，120%不可能"), "%"),
        (None, "时效指标", "专场演出按季度完成率", "≥", pct(0.95), "%"),
        (None, "成本指标", "每场演出成本", "≤", 0.6, "万元/场"),
        ("效益指标", "社会效益指标", "社区居民观看人次", "≥", 30000, "人次"),
        (None, None, "演出有效投诉率", "≥",
         mk(pct(0.02), "T108", "warning", row=True, note="投诉率是反向指标，应为≤"), "%"),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("um03-acrobatics-flat-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "a 下降率 with ≥, weights add to 100 (correct)")  # fmt: skip
def um03() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="松岙市杂技团", budget=DEPT_BUDGET, tasks=DEPT_TASKS,
                    goal="完成送杂技下乡90场，创排新节目4个，培训青年演员60人次，"
                         "赴省内8个城市巡演。")  # fmt: skip
    flat(s, FLAT_HEAD, [
        ("送杂技下乡演出场次", 15, "场", "≥", 90),
        ("新创杂技节目", 10, "个", "≥", 4),
        ("青年演员培训人次", 15, "人次", "≥", 60),
        ("省内巡演城市数", 10, "个", "≥", 8),
        ("新节目验收合格率", 10, "%", "≥", pct(0.95)),
        ("排练伤病发生数较上年下降率", 10, "%", "≥", 20),
        ("每场下乡演出成本", 10, "万元/场", "≤", 1.5),
        ("演职人员安全培训覆盖率", 10, "%", "=", 100),
        ("观众满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    return b


@variant("um04-storytelling-flat-defects", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): a "
         "rate given as a count, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def um04() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="苇塘县曲艺团",
                    budget=[(wan(380), wan(350), wan(30), wan(250), wan(130))],
                    tasks=[("评书进村", "全县巡回演出", wan(70), "演出120场"),
                           ("新作创编", "创编评书、鼓书新作", wan(40), "新作6部"),
                           ("曲艺培训", "乡镇曲艺骨干培训", wan(20), "培训80人"),
                           ("金额合计", None, wan(130), None)],
                    goal="完成评书进村演出120场，创编新作6部，培训乡镇曲艺骨干80人。")  # fmt: skip
    flat(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ("评书进村演出场次", "≥120", "正向", "场", 20),
        ("评书新作创编完成率",
         mk(6, "T105", "error", note="完成率给的是部数，不是百分比"), "正向", "部", 15),
        ("乡镇曲艺骨干培训人数", "≥80", "正向", "人", 15),
        ("演出节目合格率", "≥95", "正向", "%", 15),
        ("观众有效投诉率",
         mk("≥3%", "T108", "warning", row=True, note="反向指标却写≥"), "反向", "%", 10),
        ("每场演出成本", "≤0.55", "反向", "万元/场", 10),
        ("群众满意度", "≥90", "正向", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重 20+15+15+15+10+10+10 = 95，不是 100")
    return b


@variant("um05-fishdrum-footnotes", (4,),
         "project, OLD-NAT, one value column; a 注 row inside the table, footnotes explaining the "
         "money, 填表说明, signature and a prior-year fill date below (correct)")  # fmt: skip
def um05() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="鹭汀区渔鼓道情传承展演",
        dept="鹭汀区文化馆（402107）",
        unit="鹭汀区渔鼓道情传习所",
        money=one_year(42, 38, 4),
        goals=["举办渔鼓道情展演进村30场，整理传统曲目10个，培养传承学员12名。"],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "进村展演场次", "≥30场"),
        (None, None, "整理传统曲目", "≥10个"),
        (None, None, "培养传承学员", "≥12人"),
        (None, "质量指标", "曲目整理成果验收合格率", "100%"),
    ])  # fmt: skip
    note(s, "注：时效指标按演出季统计，一季度为排练期。", 4)
    s.table([
        ("产出指标", "时效指标", "展演任务完成时间", "2025年11月30日前"),
        (None, "成本指标", "每场展演补助", "≤1万元/场"),
        ("效益指标", "社会效益指标", "现场观看群众", "≥9000人次"),
        (None, "可持续影响指标", "传承学员结业后参演率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注1：其他资金4万元为区曲艺家协会自筹；年度资金总额42万元"
            "=财政拨款38万元+其他资金4万元。", 4)  # fmt: skip
    note(s, "注2：每场展演补助含交通、音响租赁费，不含演员工资。", 4)
    note(s, "填表说明：指标值须量化，定性指标请按“好、较好、一般、差”填写。", 4)
    signature(s, "郑绮文", "0596-7341285", (2024, 12, 6))
    return b


@variant("um06-ballad-template-rows", (4, 6, 13),
         "project, NAT-2021, header 预期目标, a 说明 row between tiers; a tier-2 left from the "
         "template without indicator and a value without a name")  # fmt: skip
def um06() -> Book:
    b, s = start()
    project_head(s, year=2025, name="柘坪乡“大鼓书下田头”演出补助",
                 dept="望潮县文化广电旅游局（331204）", unit="柘坪乡文化站",
                 money=one_year(18, 18, 0),
                 goals=["组织大鼓书艺人田间地头演出40场，新编农事题材唱段5段。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "预期目标")
    indicators(s, head, [
        ("产出指标", "数量指标", "田头演出场次", "≥40场"),
        (None, None, "新编农事题材唱段", "≥5段"),
        (None, "质量指标", "新编唱段审听通过率", "≥90%"),
        (None, None, mk("", "F110", "error", note="有指标值却没有三级指标名称"), "≥85%"),
        (None, "时效指标", "演出任务完成时间", "2025年10月底前"),
        ("成本指标", "经济成本指标", "每场演出补助标准", "≤0.4万元/场"),
    ])  # fmt: skip
    note(s, "说明：补助标准参照本乡往年送戏下乡实际支出测算。", 4)
    s.table([
        ("效益指标", "社会效益指标", "观看农民群众人次", "≥6000人次"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="模板留下的二级指标，没有三级指标和指标值"), "", ""),
        (None, "可持续影响指标", "常驻演出的村民小组", "≥8个"),
        ("满意度指标", "服务对象满意度指标", "农民群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b
