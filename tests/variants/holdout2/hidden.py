"""Workbooks whose goal table sits on a hidden sheet behind a visible cover sheet (and, in one,
a visible 填报说明 sheet whose instructions use the header words)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout2.forms import one_year
from tests.variants.holdout2.registry import variant
from tests.variants.kit import Book, Sheet, day, mk


def cover(b: Book, dept: str, date: object) -> Sheet:
    s = b.sheet("封面", (60,))
    s.skip(2)
    s.row(dept)
    s.row("2025年度项目支出绩效目标申报材料")
    s.skip(3)
    s.row(f"报送单位（盖章）：{dept}")
    s.row("报送日期：")
    s.put(s.r, 2, date)
    s.row("目录：一、项目支出绩效目标表")
    return s


@variant(
    "k06-hidden-sheet-correct",
    (7,),
    "visible cover sheet, the project table (OLD-NAT) on a hidden sheet, a visible 填报说明 "
    "sheet whose instructions name 一级指标/三级指标/指标值; a 0起 incident target (correct)",
)
def k06() -> Book:
    b = Book()
    cover(b, "青岚市农业农村局", day(2024, 11, 25))
    s = b.sheet("绩效目标表")
    s.ws.sheet_state = "hidden"
    project_head(s, year=2025, name="动物疫病强制免疫项目", dept="青岚市农业农村局（131）",
                 unit="青岚市动物疫病预防控制中心", attr="经常性项目", money=one_year(210.0),
                 goals=["全年完成强制免疫畜禽180万头（只），免疫抗体合格率保持在70%以上，"
                        "确保不发生区域性重大动物疫情。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", merge=[(4, 6)])
    s.table([
        ("产出指标", "数量指标", "强制免疫畜禽数量", "≥180万头（只）"),
        (None, "质量指标", "免疫抗体合格率", "≥70%"),
        (None, "时效指标", "春秋两季集中免疫完成时间", "2025年11月30日前"),
        (None, "成本指标", "每头（只）免疫成本", "≤1.1元"),
        ("效益指标", "社会效益指标", "区域性重大动物疫情发生起数", "0起"),
        (None, "可持续影响指标", "动物防疫体系", "持续健全"),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    n = b.sheet("填报说明", (90,))
    n.row("填报说明")
    for line in (
        "1. 一级指标、二级指标按本表所列框架填写，不得增删。",
        "2. 三级指标应细化、量化，每个二级指标下至少设置一个三级指标。",
        "3. 指标值一般为定量值，写明比较符和计量单位；确难量化的可采用定性表述。",
        "4. 金额单位为万元，保留两位小数。",
    ):
        n.row(line)
    return b


@variant(
    "k16-hidden-sheet-defects",
    (6, 7, 13),
    "visible cover sheet, the project table (NAT-2021) on a hidden sheet: a placeholder "
    "left in a value, a tier-2 template row left empty, an indicator without a value",
)
def k16() -> Book:
    b = Book()
    cover(b, "临溪县林业局", "2024年11月")
    s = b.sheet("绩效目标表")
    s.ws.sheet_state = "hidden"
    project_head(s, year=2025, name="森林防火能力提升项目", dept="临溪县林业局（135）",
                 unit="临溪县森林防火指挥部办公室", attr="一次性项目", money=one_year(75.0),
                 goals=["新建防火隔离带25公里，提升火情监测和处置能力，森林火灾受害率控制在"
                        "0.9‰以内。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", merge=[(4, 6)])
    s.table([
        ("产出指标", "数量指标", "新建防火隔离带", "≥25公里"),
        (None, "质量指标", "重点林区火情监测覆盖率",
         mk("≥XX%", "X101", "error", note="placeholder left")),
        (None, "时效指标", "火情处置响应时间", "≤30分钟"),
        ("成本指标", "经济成本指标", "隔离带建设单位成本", "≤2万元/公里"),
        ("效益指标", "社会效益指标", "森林火灾受害率", "≤0.9‰"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="template row kept, no indicator"), None, None),
        (None, "可持续影响指标", "森林防火联防联控机制",
         mk(None, "T101", "error", row=True, note="no value")),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b
