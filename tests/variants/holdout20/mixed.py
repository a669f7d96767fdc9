"""Department tables with tiers (numbered labels with points, a page break), a stacked sheet
starting in column C with 指标性质 / 比较符 / 计量单位 columns, PDF-pasted money, and a flat
list under a two-line header with 实施周期 and 年度 values."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout20.registry import variant
from tests.variants.holdout20.stacked import ONE, one_year, tiers
from tests.variants.kit import WAN, Book, Sheet, day, mk, money, ok, pct

PTS = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant("id12-department-farm-points-ok", (5, 4), "department, NAT-2021, labels with points")
def id12() -> Book:
    """Correct: numbered tier labels carrying points equal to the indicator points under them,
    the header repeated after a page break, 注 and signature lines."""
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s, year=2025, dept="澄阳县农业技术推广中心",
        budget=[(money(412.6, WAN), money(392.6, WAN), money(20, WAN), money(268.6, WAN),
                 money(144, WAN))],
        tasks=[("示范基地建设", "建设农业科技示范基地6个", money(72, WAN), "示范带动"),
               ("主导品种推广", "引进试验示范新品种", money(40, WAN), "推广12个"),
               ("农技人员培训", "基层农技人员知识更新培训", money(32, WAN), "培训120人"),
               ("金额合计", None, money(144, WAN), None)],
        goal="建设示范基地6个，推广主导品种12个，带动农户2000户，示范区亩均增收150元。",
        filled=day(2024, 11, 22))  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*PTS)
    s.table([
        ("一、产出指标（40分）", "1.数量指标", "农业科技示范基地", "≥6个", 10),
        (None, None, "推广主导品种", "≥12个", 10),
        (None, "2.质量指标", "示范基地验收合格率", "100%", 10),
        (None, "3.时效指标", "补助资金下达时间", "30日内", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "示范基地建设补助标准", "≤12万元/个", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row(*PTS)  # the header again at the top of the printed second page
    s.table([
        ("三、效益指标（30分）", "1.经济效益指标", "示范区亩均增收", "≥150元/亩", 10),
        (None, "2.社会效益指标", "带动农户数", "≥2000户", 10),
        (None, "3.生态效益指标", "示范区化学农药使用量", "逐步减少", 10),
        ("四、满意度指标（20分）", "1.服务对象满意度指标", "示范户满意度", pct(0.9), 10),
        (None, None, "参训农技人员满意度", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, 100)
    s.row("注：各一级指标分值为其下三级指标分值之和。", merge=[(1, 5)])
    s.row("单位负责人：刘东", None, "填表人：郑欣", None, "联系电话：0000-7302261")
    return b


@variant("id13-department-school-defects", (5, 6), "department, NAT-2021, copied from 2023")
def id13() -> Book:
    """A school bureau copied from an older table: a 2023 fill date in a 2025 table, a 质量指标
    under 效益指标, an empty 时效指标 row left from the template, ``95%%``."""
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s, year=2025, dept="柏岩县教育局",
        budget=[(money(6240, WAN), money(6100, WAN), money(140, WAN), money(5040, WAN),
                 money(1200, WAN))],
        goal="推进学前教育普及普惠，巩固义务教育优质均衡，落实学生资助政策。",
        filled=mk(day(2023, 11, 20), "Y101", "error", alt=("Y102", "Y103"),
                  note="2025年表，填报日期2023年"))  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 4)])
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("产出指标", "数量指标", "资助家庭经济困难学生人数", "≥3200人"),
        (None, None, "校舍维修改造面积", "≥5000平方米"),
        (None, "质量指标", "义务教育巩固率", "≥99%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填"), None, None),
        ("成本指标", "经济成本指标", "校舍维修每平方米成本", "≤600元"),
        ("效益指标", "社会效益指标", "学前三年毛入园率", "≥92%"),
        (None, mk("质量指标", "F105", "error", note="质量指标属于产出指标"),
         "教育教学质量", "稳步提升"),
        ("满意度指标", "服务对象满意度指标", "家长满意度",
         mk("95%%", "T116", "warning", note="%%")),
    ], merged=(1, 2))  # fmt: skip
    return b


def head_c(s: Sheet, name: str, unit: str, total: float, grant: float, goal: str) -> None:
    """A project head starting in column C, money on one row, 万元 in the number format."""
    s.row("项目名称", name, None, "实施单位", unit, merge=[(4, 5), (7, 9)], col=3)
    s.row("年度资金总额", money(total, WAN), "财政拨款", money(grant, WAN), "其他资金",
          money(round(total - grant, 2), WAN), col=3)  # fmt: skip
    s.row("年度绩效目标", goal, merge=[(4, 9)], col=3)
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值", "计量单位", col=3)


@variant("id14-stacked-column-c-ok", (2, 4, 1), "three 农业 projects from column C")
def id14() -> Book:
    """Correct: three 农业技术推广 projects in one sheet starting in column C (A and B empty),
    指标性质 (正向/反向), 比较符 and 计量单位 columns, a title merged across."""
    b = Book()
    s = b.sheet("项目绩效目标", widths=(3, 3, 14, 16, 24, 10, 8, 12, 12))
    s.row("桐岭县农业农村局2025年度项目支出绩效目标表", merge=[(3, 9)], col=3)
    s.row("单位：万元", col=8)
    blocks: list[tuple[str, str, float, float, str, list[tuple[Any, ...]]]] = [
        ("基层农技推广体系改革与建设补助", "桐岭县农业技术推广中心", 88, 88,
         "建设示范基地4个，培育科技示范户300户，主推技术到位率95%以上。",
         [("产出指标", "数量指标", "培育农业科技示范户", "正向", "≥", 300, "户"),
          (None, None, "建设农业科技示范基地", "正向", "≥", 4, "个"),
          (None, "质量指标", "主推技术到位率", "正向", "≥", pct(0.95), "%"),
          (None, "成本指标", "示范户补助标准", "反向", "≤", 1500, "元/户"),
          ("效益指标", "经济效益指标", "示范户亩均增收", "正向", "≥", 120, "元/亩"),
          ("满意度指标", "服务对象满意度指标", "示范户满意度", "正向", "≥", pct(0.9), "%")]),
        ("耕地质量监测与评价", "桐岭县耕地质量保护站", 36.5, 30,
         "设置耕地质量监测点25个，完成年度耕地质量等级变更评价。",
         [("产出指标", "数量指标", "耕地质量监测点", "正向", "≥", 25, "个"),
          (None, "质量指标", "监测样品检测合格率", "正向", "≥", pct(0.98), "%"),
          (None, "时效指标", "等级评价报告完成时间", "反向", "≤", "11月30日前", None),
          (None, "成本指标", "每个监测点年均运行费", "反向", "≤", 1.2, "万元"),
          ("效益指标", "可持续影响指标", "耕地质量等级", "正向", "定性", "稳中有升", None),
          ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "正向", "≥", pct(0.9), "%")]),
        ("农作物病虫害统防统治", "桐岭县植保植检站", 54, 54,
         "开展统防统治作业6万亩次，病虫害危害损失率控制在5%以内。",
         [("产出指标", "数量指标", "统防统治作业面积", "正向", "≥", 6, "万亩次"),
          (None, "质量指标", "防治效果达标率", "正向", "≥", pct(0.9), "%"),
          (None, "成本指标", "亩次作业补助", "反向", "≤", 9, "元/亩次"),
          ("效益指标", "经济效益指标", "病虫害危害损失率", "反向", "≤", pct(0.05), "%"),
          (None, "生态效益指标", "化学农药使用量", "反向", "定性", "逐年下降", None),
          ("满意度指标", "服务对象满意度指标", "种植户满意度", "正向", "≥", pct(0.9), "%")]),
    ]  # fmt: skip
    for name, unit, total, grant, goal, rows in blocks:
        head_c(s, name, unit, total, grant, goal)
        s.table(rows, merged=(1, 2), col=3)
        s.skip()
    s.row("填表人：", None, "审核人：", None, "填报日期：", day(2024, 11, 30), col=3)
    return b


@variant("id15-stacked-science-pdf-defects", (2, 9), "three 科技 projects pasted from a PDF")
def id15() -> Book:
    """Three science projects copied from a PDF: a split number in money, an amount pasted
    twice, ``95%%`` on a conversion rate."""
    b = Book()
    s = b.sheet("Sheet1")
    common = {"year": 2025, "dept": "青禾县科学技术局 233"}
    project_head(s, name="重点研发计划项目", unit="青禾县科学技术局",
                 money=[("年度资金总额", money(1225.3376, "0.0000")),
                        ("其中：财政拨款", mk("1205.337 6", "X105", "warning", alt=("X103",),
                                            note="PDF把数字断开"),
                         "其他资金", money(20, "0.0000"))],
                 goals=["支持重点研发项目20项，申请发明专利30件，发表高水平论文15篇。"],
                 **common)  # fmt: skip
    tiers(s, ONE, [
        ("产出指标", "数量指标", "支持重点研发项目数", "≥20项"),
        (None, None, "申请发明专利数", "≥30件"),
        (None, None, "发表高水平论文数", "≥15篇"),
        (None, "质量指标", "项目中期检查通过率", "≥90%"),
        (None, "成本指标", "单个项目最高资助", "≤60万元"),
        ("效益指标", "经济效益指标", "新增产值", "≥1.2亿元"),
        ("满意度指标", "服务对象满意度指标", "项目承担单位满意度", "≥90%"),
    ])  # fmt: skip
    project_head(s, name="科技成果转化引导资金", unit="青禾县生产力促进中心", title="",
                 money=[("年度资金总额", money(300)),
                        ("其中：财政拨款", ok("180", note="文本数字，读作180"),
                         "其他资金", mk("120万120万", "X106", "error", alt=("B108",),
                                      note="金额粘贴了两次"))],
                 goals=["转化科技成果10项，技术合同登记额达到1亿元。"], **common)  # fmt: skip
    tiers(s, None, [
        ("产出指标", "数量指标", "转化科技成果项目数", "≥10项"),
        (None, "质量指标", "科技成果转化率", mk("95%%", "T116", "warning", note="%%")),
        (None, "成本指标", "单项成果转化补助", "≤30万元"),
        ("效益指标", "经济效益指标", "技术合同登记额", "≥1亿元"),
        ("满意度指标", "服务对象满意度指标", "企业满意度", "≥90%"),
    ])  # fmt: skip
    project_head(s, name="科技特派员创业行动", unit="青禾县科学技术局", title="",
                 money=one_year(36, 36, 0), goals=["选派科技特派员24名，服务农业经营主体60家。"],
                 **common)  # fmt: skip
    tiers(s, None, [
        ("产出指标", "数量指标", "选派科技特派员", "≥24名"),
        (None, None, "服务农业经营主体数", "≥60家"),
        (None, "时效指标", "补助发放时间", "12月31日前"),
        (None, "成本指标", "特派员补助标准", "≤1.5万元/人"),
        ("效益指标", "社会效益指标", "推广新技术", "≥10项"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("id16-flat-science-two-values-ok", (3, 8, 4), "department, flat, two-line header")
def id16() -> Book:
    """Correct: a flat list under a two-line header (目标值 over 实施周期 and 年度), weights in
    a column adding to 100, a 填报说明 line."""
    b = Book()
    s = b.sheet("部门整体绩效目标表")
    department_head(
        s, year=2025, dept="柏岩县科学技术局",
        budget=[(money(268.4), money(268.4), money(0), money(148.4), money(120))],
        goal="2025—2027年新增高新技术企业15家、技术合同成交额累计3亿元；2025年新增高新技术"
             "企业5家。", filled=day(2024, 11, 12))  # fmt: skip
    s.row("指标名称", "计量单位", "目标值", None, "权重", merge=[(3, 4)])
    s.row(None, None, "实施周期（2025—2027年）", "2025年度", None)
    for c in (1, 2, 5):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("新增高新技术企业数", "家", "≥15", "≥5", 20),
        ("技术合同成交额", "亿元", "≥3", "≥1", 20),
        ("发明专利授权量", "件", "≥180", "≥60", 15),
        ("科技计划项目验收通过率", "%", pct(0.9), pct(0.9), 15),
        ("科技项目资金拨付时限", "个工作日", "≤30", "≤30", 10),
        ("服务对象满意度", "%", "≥90%", "≥90%", 20),
    ])  # fmt: skip
    s.row("填报说明：实施周期目标为三年累计值，比率类指标两栏相同。", merge=[(1, 5)])
    return b
