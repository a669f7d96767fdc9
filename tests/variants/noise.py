"""Item 4: rows that are not indicators (footnotes, instructions, signatures, repeated headers,
unit-code and subtotal rows)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, Book, day, mk, pct, variant

ONE = ["一级指标", "二级指标", "三级指标", "指标值"]


@variant("n01-footnotes", (4,), "project, OLD-NAT, one value column; an instruction row inside "
         "the table, footnotes, 填表说明, signature and date lines below")  # fmt: skip
def n01() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(16, 16, 36, 20))
    project_head(
        s, year=2025, name="城乡居民健康素养促进行动", dept="青岚市卫生健康委员会",
        unit="青岚市健康教育所",
        money=[("年度资金总额", 96, "其中：财政拨款", 96), (None, None, "其他资金", 0)],
        goals=["开展健康科普进社区、进学校活动，居民健康素养水平持续提升。"],
    )  # fmt: skip
    s.table([
        ONE,
        ["产出指标", "数量指标", "健康科普讲座场次", "≥240场"],
        [None, None, "发放健康教育资料", "≥12万份"],
        [None, "质量指标", "健康素养监测问卷有效率", "≥95%"],
        [None, "时效指标", "年度监测报告完成时间", "2025年12月15日前"],
        [None, "成本指标", "每场讲座平均费用", "≤1500元/场"],
        ["效益指标", "社会效益指标", "居民健康素养水平", "≥30%"],
    ], merged=(1, 2))  # fmt: skip
    s.row("说明：请各单位结合实际填写，满意度指标不得删除。", merge=[(1, 4)])
    s.table([["满意度指标", "服务对象满意度指标", "活动参与群众满意度", "≥90%"]])
    s.row("注：本表指标值均为年度目标，数量指标应与预算明细保持一致。", merge=[(1, 4)])
    s.row("填表说明：1.一级、二级指标不得修改；2.三级指标可根据项目实际增减；"
          "3.指标值应尽量量化，并写明比较符和计量单位。", merge=[(1, 4)])  # fmt: skip
    s.skip()
    s.row("填报人：周敏", "审核人：陈立", "单位负责人：何建华", "（单位盖章）")
    s.row("填报日期：", day(2024, 11, 18, CN_DATE), "联系电话：0871-6612345")
    return b


@variant("n02-page-break", (4,), "department, NAT-2021, weight column; unit-code row, header "
         "row repeated after a page break, subtotal and total rows")  # fmt: skip
def n02() -> Book:
    b = Book()
    s = b.sheet("部门整体", widths=(16, 18, 36, 16, 10))
    s.title("2025年度部门整体支出绩效目标表", 5)
    s.row("单位编码：405001", None, "单位名称：临溪县市场监督管理局", None, "单位：万元")
    department_head(
        s, year=2025, dept="临溪县市场监督管理局", title="",
        budget=[(2480, 2400, 80, 1630, 850)],
        goal="强化食品药品安全监管和特种设备安全监察，持续优化营商环境。",
    )  # fmt: skip
    head = ["一级指标", "二级指标", "三级指标", "指标值", "权重"]
    s.table([
        head,
        ["产出指标", "数量指标", "食品安全监督抽检批次", "≥1800批次", 10],
        [None, None, "特种设备定期检验台数", "≥3500台", 10],
        [None, None, "企业信用信息公示抽查户数", "≥600户", 5],
        [None, "质量指标", "抽检不合格食品核查处置率", "=100%", 10],
        [None, "时效指标", "投诉举报按时办结率", "≥98%", 10],
        [None, None, "行政许可事项承诺时限内办结率", "≥99%", 5],
    ], merged=(1, 2))  # fmt: skip
    s.row("产出指标小计", None, None, None, 50, merge=[(1, 4)])
    s.row(*head)  # the printed page breaks here and the header row is repeated
    s.table([
        ["成本指标", "经济成本指标", "每批次食品抽检平均费用", "≤1800元/批次", 10],
        ["效益指标", "社会效益指标", "辖区食品安全评价性抽检合格率", "≥98%", 10],
        [None, None, "重点企业风险隐患整改率", "≥95%", 10],
        [None, "可持续影响指标", "信用监管长效机制", "健全", 10],
        ["满意度指标", "服务对象满意度指标", "市场主体满意度", "≥90%", 10],
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    return b


@variant("n03-notes-and-defect", (4,), "project, OLD-NAT, operator column; a note row between "
         "tiers, a stamp line, and one real defect")  # fmt: skip
def n03() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2026, name="公共租赁住房维修改造", dept="白沙河区住房和城乡建设局",
        unit="白沙河区住房保障服务中心",
        money=[("年度资金总额", 450, "其中：财政拨款", 450), (None, None, "其他资金", 0)],
        goals=["完成3个公租房小区共860套住房的屋面防水和管网维修改造。"],
    )  # fmt: skip
    s.table([
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"],
        ["产出指标", "数量指标", "维修改造公租房套数", "≥", 860, "套"],
        [None, "质量指标", "维修工程验收合格率", "≥",
         mk(pct(1.01), "T106", "error", note="shows 101%"), "%"],
        [None, "时效指标", "维修工程完工时间", "≤", "2026年10月31日", None],
        [None, "成本指标", "每套平均维修费用", "≤", 5000, "元/套"],
    ], merged=(1, 2))  # fmt: skip
    s.row("（以下为效果指标，请根据项目实际填写）", merge=[(1, 6)])
    s.table([
        ["效益指标", "社会效益指标", "公租房住户居住安全隐患消除率", "≥", pct(0.95), "%"],
        [None, "可持续影响指标", "公租房日常维修管理制度", "定性", "健全", None],
        ["满意度指标", "服务对象满意度指标", "公租房住户满意度", "≥", pct(0.9), "%"],
    ], merged=(1, 2))  # fmt: skip
    s.row("注：此表由项目单位填写，主管部门审核后报送。", merge=[(1, 6)])
    s.row("单位（盖章）：", None, "负责人签字：", None, "2025年11月", None)
    return b
