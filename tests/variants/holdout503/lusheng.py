"""Lusheng (芦笙) ensembles: percent cells, stacked projects and flat lists (as01–as06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout503.common import (
    COUNTY,
    YEAR,
    book,
    indicators,
    notes,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout503.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
VALUE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("as01-lusheng-percent", (1,),
         "project, OLD-NAT, operator column and unit column, rates typed as Excel percent cells, "
         "0起 on an incident count, 万元 in the number format (correct)")  # fmt: skip
def as01() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name=f"{COUNTY}芦笙传习所传承培训项目",
                 dept=f"{COUNTY}文化广电体育和旅游局（217003）", unit=f"{COUNTY}芦笙传习所",
                 money=one_year(36, 30, 6),
                 goals=("开展芦笙吹奏与制作传习培训，扶持村寨芦笙队。",))  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "芦笙传习培训学员人数", "≥", 120, "人"),
        (None, None, "扶持村寨芦笙队数量", "≥", 15, "支"),
        (None, "质量指标", "学员结业考核合格率", "≥", pct(0.9), "%"),
        (None, None, "芦笙音准校验达标率", "≥", pct(0.95), "%"),
        (None, "时效指标", "培训任务完成时间", "≤", day(YEAR, 11, 30, CN_DATE), None),
        (None, "成本指标", "学员培训补助标准", "≤", 1500, "元/人"),
        ("效益指标", "社会效益指标", "村寨芦笙活动参与群众人次", "≥", 8000, "人次"),
        (None, None, "芦笙兴趣班覆盖中小学比例", "≥", pct(0.6), "%"),
        (None, "可持续影响指标", "传习培训安全事故", "≤", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    signature(s, "韦明禾", "0777-5821634")
    return b


@variant("as02-lusheng-percent-wrong", (1, 11),
         "project, OLD-NAT, operator column, percent cells: a 合格率 typed as 105%, "
         "a 反向 返修率 with ≥")  # fmt: skip
def as02() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="雾岭乡芦笙制作技艺扶持项目",
                 dept=f"{COUNTY}民族宗教事务局（217011）", unit="雾岭乡综合文化站",
                 money=one_year(24, 20, 4),
                 goals=("扶持芦笙制作艺人改良工艺，提高成品质量。",))  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "扶持芦笙制作艺人数", "≥", 12, "人"),
        (None, None, "改良芦笙成品数量", "≥", 90, "把"),
        (None, "质量指标", "芦笙竹管选材合格率", "≥",
         mk(pct(1.05), "T106", "error", row=True, note="合格率上限 100%，105% 不可能"), "%"),
        (None, None, "芦笙成品返修率",
         mk("≥", "T108", "warning", row=True, note="返修率是反向指标，应为 ≤"), pct(0.03), "%"),
        (None, "时效指标", "扶持资金拨付时间", "≤", day(YEAR, 9, 30, CN_DATE), None),
        (None, "成本指标", "艺人工艺改良补助标准", "≤", 8000, "元/人"),
        ("效益指标", "经济效益指标", "艺人芦笙销售增收", "≥", 3000, "元/人"),
        (None, "可持续影响指标", "新收芦笙制作学徒人数", "≥", 10, "人"),
        ("满意度指标", "服务对象满意度指标", "受扶持艺人满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "潘秀岚", "0777-5823107")
    return b


def _stacked_first(s_year: int = YEAR) -> list[tuple[object, ...]]:
    return [
        ("产出指标", "数量指标", "购置芦笙数量", "≥30把"),
        (None, "质量指标", "器材验收合格率", "≥98%"),
        (None, "时效指标", "器材采购完成时间", f"{s_year}年6月30日前"),
        (None, "成本指标", "芦笙购置单价", "≤2000元/把"),
        ("效益指标", "社会效益指标", "芦笙队年度演出场次", "≥20场"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ]


@variant("as03-lusheng-stacked", (2,),
         "two village lusheng-team projects stacked in one sheet, OLD-NAT, one value column, "
         "the same indicator names with different values in each project (correct)")  # fmt: skip
def as03() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="高枧村芦笙队演出器材购置项目",
                 dept="蒙榕镇人民政府（217402）", unit="高枧村村民委员会",
                 money=one_year(12, 10, 2), attr="一次性项目",
                 goals=("为高枧村芦笙队购置芦笙与演出器材，保障节庆演出。",))  # fmt: skip
    indicators(s, VALUE_HEAD, _stacked_first())
    s.skip()
    project_head(s, year=YEAR, name="龙碓村芦笙队排练场所修缮项目", title="",
                 dept="蒙榕镇人民政府（217402）", unit="龙碓村村民委员会",
                 money=one_year(8, 8, 0), attr="一次性项目",
                 goals=("修缮龙碓村芦笙坪及排练用房，恢复芦笙队常态排练。",))  # fmt: skip
    indicators(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "修缮排练用房面积", "≥180平方米"),
        (None, "质量指标", "修缮工程验收合格率", "≥98%"),
        (None, "时效指标", "修缮完工时间", f"{YEAR}年8月31日前"),
        (None, "成本指标", "修缮单价", "≤400元/平方米"),
        ("效益指标", "社会效益指标", "芦笙队年度演出场次", "≥12场"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥88%"),
    ])  # fmt: skip
    signature(s, "吴守川", "0777-5840216")
    return b


@variant("as04-lusheng-stacked-wrong", (2, 12),
         "two lusheng projects stacked, OLD-NAT, one value column: the second project's 资金总额 "
         "is not 财政拨款 + 其他资金 and a 完成率 is given as a count")  # fmt: skip
def as04() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="蕉垭村芦笙队演出器材购置项目",
                 dept="蒙榕镇人民政府（217402）", unit="蕉垭村村民委员会",
                 money=one_year(12, 9, 3), attr="一次性项目",
                 goals=("为蕉垭村芦笙队购置芦笙与演出器材，保障节庆演出。",))  # fmt: skip
    indicators(s, VALUE_HEAD, _stacked_first())
    s.skip()
    total = mk(wan(15), "B101", "error", note="10 + 4 = 14，不是 15")
    project_head(s, year=YEAR, name="硐坪乡芦笙古曲采录项目", title="",
                 dept=f"{COUNTY}非物质文化遗产保护中心（217020）", unit="硐坪乡综合文化站",
                 money=one_year(total, 10, 4),
                 goals=("采录硐坪乡芦笙古曲并整理曲谱，建立古曲音像档案。",))  # fmt: skip
    indicators(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "芦笙古曲采录首数", "≥24首"),
        (None, "质量指标", "芦笙曲目录制完成率",
         mk("24首", "T105", "error", note="完成率给的是首数，不是百分比")),
        (None, "时效指标", "曲谱整理完成时间", f"{YEAR}年10月31日前"),
        (None, "成本指标", "单首古曲采录整理费用", "≤3000元/首"),
        ("效益指标", "可持续影响指标", "古曲音像档案入库率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "老艺人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("as05-lusheng-flat", (3,),
         "department (county lusheng troupe), flat list 指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值, percent cells, 0起 on an incident count, "
         "weights add to 100 (correct)")  # fmt: skip
def as05() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=f"{COUNTY}芦笙艺术团",
                    budget=[(wan(260), wan(240), wan(20), wan(180), wan(80))],
                    tasks=[("芦笙下乡巡演", "赴各乡镇村寨巡演", wan(50), "完成巡演任务"),
                           ("芦笙曲目创编", "创编新曲目并排练", wan(30), "推出新创曲目"),
                           ("金额合计", None, wan(80), None)],
                    goal="开展芦笙下乡巡演和曲目创编，丰富农村群众文化生活。")  # fmt: skip
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("芦笙下乡巡演场次", 20, "场", "≥", 60),
        ("新创编芦笙曲目数", 15, "首", "≥", 6),
        ("演出安全事故", 10, "起", "≤", 0),
        ("观众投诉率", 10, "%", "≤", pct(0.02)),
        ("演员芦笙技能培训覆盖率", 15, "%", "≥", pct(0.95)),
        ("巡演观众人次", 15, "人次", "≥", 30000),
        ("观众满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    notes(s, "注：权重合计 100。")
    return b


@variant("as06-lusheng-flat-wrong", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as "
         "direction · 计量单位 · 权重): an amount against a 场 unit, a 反向 rate with ≥, "
         "weights add to 95")  # fmt: skip
def as06() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="蒙榕镇综合文化站",
                    budget=[(wan(96), wan(90), wan(6), wan(66), wan(30))],
                    goal="组织镇内芦笙比赛和芦笙队培训，维护乐器，提升群众参与度。")  # fmt: skip
    s.skip()
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("芦笙比赛举办场次",
         mk("12万元", "T112", "error", note="值的单位万元与计量单位列“场”冲突"), "正向", "场", 20),
        ("参赛芦笙队数量", "≥18", "正向", "支", 20),
        ("公用乐器损耗率",
         mk("≥3%", "T108", "warning", row=True, note="损耗率是反向指标，却写 ≥"), "反向", "%", 15),
        ("芦笙队培训人次", "≥300", "正向", "人次", 15),
        ("参赛群众满意度", "≥90%", "正向", "%", 25),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重 20+20+15+15+25 = 95，不是 100")
    return b
