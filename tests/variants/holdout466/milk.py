"""School milk (学生饮用奶) project returns: percent cells, stacked projects, PDF artefacts."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout466.common import (
    YEAR,
    funds,
    indicators,
    signature,
    start,
    wan,
)
from tests.variants.holdout466.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE = ("一级指标", "二级指标", "三级指标", "指标值")
DEPT = "澄岭县教育局（301）"


@variant("zh01-milk-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, percent cells, =100%, 0起, 百分点, "
         "万元 in the number format (correct)")  # fmt: skip
def zh01() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="澄岭县学生饮用奶推广项目", dept=DEPT,
                 unit="澄岭县学生营养办公室", money=funds(wan(168), wan(150), wan(18)),
                 goals=["为全县46所中小学约5200名在校学生在校日提供学生饮用奶，"
                        "保障奶源安全和冷链配送，改善学生营养状况。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "供奶学校数", "≥", 46, "所"),
        (None, None, "供奶学生人数", "≥", 5200, "人"),
        (None, "质量指标", "学生饮用奶抽检合格率", "=", pct(1), "%"),
        (None, None, "冷链配送温控达标率", "≥", pct(0.95), "%"),
        (None, "时效指标", "开学后首次供奶时间", "≤", 10, "个工作日"),
        (None, "成本指标", "每生每日供奶补助标准", "≤", 1.6, "元/人·日"),
        ("效益指标", "社会效益指标", "学生营养不良检出率较上年下降", "≥", 1.5, "百分点"),
        (None, None, "学生饮用奶食品安全事故", "≤", 0, "起"),
        (None, "可持续影响指标", "学校饮用奶管理制度覆盖率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "邬明澜", "0597-3381246")
    return b


@variant("zh02-milk-percent-wrong", (1, 11),
         "project, OLD-NAT, operator column: a percent cell over 100, a 反向 rate with ≥, "
         "a cost standard with =")  # fmt: skip
def zh02() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="蓼川区学生饮用奶供应保障项目",
                 dept="蓼川区教育局", unit="蓼川区中小学后勤服务中心",
                 money=funds(wan(96), wan(90), wan(6)),
                 goals=["保障全区中小学生饮用奶安全、按时供应，提升学生体质。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "供奶学生人数", "≥", 3100, "人"),
        (None, "质量指标", "学生饮用奶抽检合格率", "≥",
         mk(pct(1.05), "T106", "error", note="合格率以100%为上限，105%不可能"), "%"),
        (None, "时效指标", "供奶日按时送达率", "≥", pct(0.98), "%"),
        (None, "成本指标", "每生每日供奶补助标准",
         mk("=", "T108", "warning", row=True, note="成本上限写成“=”，应为 ≤"), 1.5, "元/人·日"),
        ("效益指标", "社会效益指标", "学生饮用奶变质投诉率",
         mk("≥", "T108", "warning", row=True, note="投诉率是反向指标，比较符应为 ≤"),
         pct(0.02), "%"),
        (None, "可持续影响指标", "供奶企业年度考评覆盖率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "柴予宁", "0597-6620418")
    return b


def _stack(s: Sheet, name: str, unit: str, money: list[tuple[object, ...]], count: int,
           title: str | None) -> None:  # fmt: skip
    """Head of one school-milk project stacked in the sheet (``title`` "" under another)."""
    if title == "":
        s.skip()
    project_head(s, year=YEAR, name=name, dept=DEPT, unit=unit, title=title, money=money,
                 goals=[f"为{unit}所辖学校约{count}名学生在校日供应学生饮用奶。"])  # fmt: skip


@variant("zh03-milk-stacked", (2,),
         "two school-milk projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator names with different values in each project (correct)")  # fmt: skip
def zh03() -> Book:
    b, s = start("项目绩效目标")
    _stack(s, "澄岭县城区学校学生饮用奶项目", "澄岭县城区学区", funds(wan(84), wan(76), wan(8)),
           2600, None)  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "供奶学生人数", "≥2600人"),
        (None, "质量指标", "学生饮用奶抽检合格率", "=100%"),
        (None, "成本指标", "每生每日供奶补助标准", "≤1.6元/人·日"),
        ("效益指标", "社会效益指标", "学生每日饮奶率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%"),
    ])  # fmt: skip
    _stack(s, "澄岭县乡村学校学生饮用奶配送项目", "澄岭县乡村学区",
           funds(wan(72), wan(72), wan(0)), 2300, "")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "供奶学生人数", "≥2300人"),
        (None, None, "配送覆盖村小及教学点数", "≥31个"),
        (None, "时效指标", "配送到校及时率", "≥95%"),
        (None, "成本指标", "每生每日供奶补助标准", "≤1.5元/人·日"),
        ("效益指标", "社会效益指标", "学生每日饮奶率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥88%"),
    ])  # fmt: skip
    signature(s, "邬明澜", "0597-3381246")
    return b


@variant("zh04-milk-stacked-defects", (2, 12),
         "two school-milk projects stacked, OLD-NAT, one value column: the second project's "
         "total is not 财政拨款 + 其他资金, one rate given as a count of days")  # fmt: skip
def zh04() -> Book:
    b, s = start()
    _stack(s, "栖峰市市直学校学生饮用奶项目", "栖峰市教育后勤中心",
           funds(wan(130), wan(110), wan(20)), 4100, None)  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "供奶学生人数", "≥4100人"),
        (None, "质量指标", "学生饮用奶抽检合格率", "=100%"),
        (None, "时效指标", "送奶到校及时率", "≥98%"),
        ("效益指标", "社会效益指标", "学生体质健康测试优良率较上年提高", "≥2百分点"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%"),
    ])  # fmt: skip
    total = mk(wan(95), "B101", "error", note="95 ≠ 财政拨款 70 + 其他资金 20")
    _stack(s, "栖峰市郊县寄宿制学校学生饮用奶项目", "栖峰市郊县学区",
           funds(total, wan(70), wan(20)), 2900, "")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "供奶学生人数", "≥2900人"),
        (None, "时效指标", "送奶到校及时率",
         mk("≥180天", "T105", "error", note="及时率写成天数，应为百分比")),
        ("效益指标", "社会效益指标", "寄宿学生每日饮奶率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "郜思远", "0597-7105532")
    return b


@variant("zh05-milk-flat-department", (3,),
         "department head with tasks, flat list (序号 · 指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), percent cells, weights add to 100 (correct)")  # fmt: skip
def zh05() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="澄岭县学生营养办公室",
                    budget=[(wan(460), wan(430), wan(30), wan(140), wan(320))],
                    tasks=[("学生饮用奶推广", "组织供奶、冷链配送和抽检", wan(210),
                            "在校日按时供奶"),
                           ("营养健康宣传", "开展营养课堂和家长宣传", wan(110),
                            "提高营养知识知晓率"),
                           ("金额合计", None, wan(320), None)],
                    goal="保障学生饮用奶安全供应，提高学生营养健康水平。")  # fmt: skip
    s.skip()
    s.row("序号", "指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        (1, "供奶学校数", 20, "所", "≥", 46),
        (2, "学生饮用奶抽检合格率", 20, "%", "=", pct(1)),
        (3, "营养健康课堂开课次数", 15, "次", "≥", 92),
        (4, "学生营养知识知晓率", 15, "%", "≥", pct(0.85)),
        (5, "学生饮用奶食品安全事故", 15, "起", "≤", 0),
        (6, "学生及家长满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", None, 100)
    signature(s, "邬明澜", "0597-3381246")
    return b


@variant("zh06-milk-artefacts", (9,),
         "project, OLD-NAT, one value column, 资金明细 lines below the table: a number "
         "split by a space, an amount pasted twice, an end date as a text serial")  # fmt: skip
def zh06() -> Book:
    b, s = start()
    end = mk("46022", "X104", "warning", note="计划完成日期是 Excel 序列号（2025-12-31）")
    project_head(s, year=YEAR, name="栖峰市学生饮用奶冷链配送项目", dept="栖峰市教育局",
                 unit="栖峰市学生营养服务站", money=funds(wan(186), wan(186), wan(0)),
                 end=end, goals=["完成全市学生饮用奶冷链配送和抽检，保障饮用安全。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "冷链配送车辆数", "≥12辆"),
        (None, "质量指标", "学生饮用奶抽检合格率", "=100%"),
        (None, "时效指标", "配送到校及时率", "≥97%"),
        (None, "成本指标", "每生每日配送补贴标准", "≤0.3元/人·日"),
        ("效益指标", "社会效益指标", "冷链断链事件", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "学校满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    s.row(None, "供奶补助", None, mk("160.2 5", "X105", "warning", alt=("X103",),
                                     note="160.25 被空格断开存成文本"), merge=[(2, 3)])  # fmt: skip
    s.row(None, "抽检检测费", None, mk("14万14万", "X106", "error", alt=("B108",),
                                       note="14万粘贴了两次"), merge=[(2, 3)])  # fmt: skip
    s.row(None, "冷链配送补贴", None, wan(11.75), merge=[(2, 3)])
    s.row(None, "合计", None, wan(186), merge=[(2, 3)])
    signature(s, "郜思远", "0597-7105532")
    return b
