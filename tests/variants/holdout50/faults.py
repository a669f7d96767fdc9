"""Returns with planted mistakes (2): a missing 满意度 tier and a unit conflict, weights not
adding to 100 with an `=` satisfaction and a doubled operator, template tier-2 rows left empty
with a `**` placeholder, two stacked 侨联 projects (a tier-2 under the wrong tier-1, an annual
budget above the period's)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout50.common import footer
from tests.variants.holdout50.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct


@variant(
    "jh15-sci-popularise",
    (5,),
    "project, OLD-NAT, 县科协 科普日: 指标值 · 计量单位 · 备注 columns; no 满意度 "
    "tier at all, 场 in the value against 人次 in the unit column",
)
def jh15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 32, 14, 12, 18))
    project_head(
        s, year=2027, name="全国科普日及科技活动周系列活动", dept="临溪县科学技术协会 181",
        unit="临溪县科学技术协会", attr="常年项目",
        money=[("年度资金总额", money(26.5, WAN), "其中：财政拨款", money(26.5, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["组织全国科普日、科技活动周系列活动，开展科普活动60场以上、科普讲座30场以上，"
               "参与群众3万人次以上，提升公众科学素质。"],
    )  # fmt: skip
    b.file_mark("F106", "error", note="no 满意度指标 although the project has users")
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "科普活动场次", "≥60", "场", "含乡镇分会场"),
            (
                None,
                None,
                "科普讲座场次",
                mk("≥30场", "T112", "error", row=True, note="场 in the value, 人次 in the column"),
                "人次",
            ),
            (None, None, "科普活动参与人次", "≥30000", "人次", None),
            (None, None, "发放科普宣传资料份数", "≥8000", "份", None),
            (None, "质量指标", "科普展品完好率", "≥95", "%", None),
            (None, "时效指标", "科普日主场活动完成时间", "2027年9月30日前", None, None),
            (None, "成本指标", "科普讲座专家劳务费标准", "≤1500", "元/场", "按本地标准"),
            (None, None, "科普宣传资料印制单价", "≤5", "元/份", None),
            ("效益指标", "社会效益指标", "公众科学素质", "提升", None, None),
            (None, None, "青少年参与科普活动比例", "≥30", "%", None),
            (None, "可持续影响指标", "科普活动品牌影响力", "不断提升", None, None),
        ],
        merged=(1, 2),
    )
    footer(s, "临溪县科学技术协会", "曾凡", "李想", "0736-5823368", "2026年11月17日")
    return b


@variant(
    "jh16-disabled-employment",
    (10,),
    "project, NAT-2021, 区残联 就业培训: 权重 column adding to 95, a satisfaction "
    "written =95%, a doubled operator ≥≥85%",
)
def jh16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 32, 16, 10, 12))
    project_head(
        s, year=2027, name="残疾人职业技能培训及就业扶持", dept="白沙河区残疾人联合会 172",
        unit="白沙河区残疾人就业服务所", attr="延续项目",
        money=[("年度资金总额", money(58, WAN), "其中：财政拨款", money(58, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["开展残疾人职业技能培训200人以上，扶持残疾人自主创业30户，培训合格率85%以上，"
               "培训后就业率达到60%以上。"],
    )  # fmt: skip
    b.file_mark("W101", "error", note="the weights add up to 95, not 100")
    s.row("一级指标", "二级指标", "三级指标", "指标值", "权重")
    s.table(
        [
            ("成本指标", "经济成本指标", "人均培训成本", "≤1800元/人", 10),
            ("产出指标", "数量指标", "职业技能培训残疾人人数", "≥200人", 10),
            (None, None, "扶持残疾人自主创业户数", "≥30户", 10),
            (
                None,
                "质量指标",
                "培训合格率",
                mk("≥≥85%", "T116", "warning", row=True, note="the operator typed twice"),
                10,
            ),
            (None, "时效指标", "培训补贴发放时限", "≤20个工作日", 5),
            (None, None, "创业扶持资金到位时间", "2027年6月30日前", 5),
            ("效益指标", "社会效益指标", "培训后残疾人就业率", "≥60%", 15),
            (None, "经济效益指标", "创业残疾人月均增收", "≥800元", 10),
            (None, "可持续影响指标", "残疾人就业服务体系", "健全", 10),
            (
                "满意度指标",
                "服务对象满意度指标",
                "参训残疾人满意度",
                mk("=95%", "T107", "warning", row=True, note="= on a satisfaction rate"),
                10,
            ),
        ],
        merged=(1, 2),
    )
    footer(s, "白沙河区残疾人联合会", "唐小军", "吕娜", "0736-6639415", "2026年11月22日")
    return b


@variant(
    "jh17-air-defence-template",
    (6, 13),
    "project, NAT-2021, 县人防办 宣传演练: template tier-2 rows 经济效益指标 and "
    "生态效益指标 left without indicators, a ≥**人次 placeholder",
)
def jh17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 32, 18, 16, 12))
    project_head(
        s, year=2027, name="人防宣传教育及防空疏散演练", dept="临溪县人民防空办公室 318",
        unit="临溪县人民防空办公室", attr="常年项目",
        money=[("年度资金总额", money(18.6, WAN), "其中：财政拨款", money(18.6, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["开展人防知识进社区、进学校宣传活动20场，组织防空疏散演练3次，9月组织防空警报试鸣，"
               "提升群众防空防灾意识。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    empty = "a template tier-2 row left without an indicator"
    s.table(
        [
            ("成本指标", "经济成本指标", "防空疏散演练单次成本", "≤2万元/次"),
            (None, None, "宣传活动场均成本", "≤3000元/场"),
            ("产出指标", "数量指标", "人防知识宣传活动场次", "≥20场"),
            (None, None, "防空疏散演练次数", "≥3次"),
            (
                None,
                None,
                "疏散演练参与人次",
                mk("≥**人次", "X101", "error", row=True, note="the number never filled in"),
            ),
            (None, "质量指标", "防空警报试鸣鸣响率", "≥98%"),
            (None, "时效指标", "防空警报试鸣时间", "2027年9月30日前"),
            ("效益指标", mk("经济效益指标", "F109", "warning", row=True, note=empty), None, None),
            (None, "社会效益指标", "群众防空防灾知识知晓率", "≥80%"),
            (None, mk("生态效益指标", "F109", "warning", row=True, note=empty), None, None),
            (None, "可持续影响指标", "人防宣传教育常态化机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "参与演练群众满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, "临溪县人民防空办公室", "邱明", "谢婷", "0736-5830915", "2026年11月13日")
    return b


@variant(
    "jh18-qiaolian-stacked",
    (2, 5, 12),
    "two projects of 市侨联 stacked in one sheet, OLD-NAT, one value column: "
    "社会效益指标 under 产出指标 in the first, the second's 年度资金 above its "
    "中期资金",
)
def jh18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 34, 18, 16, 16))
    project_head(
        s, year=2027, name="海外侨胞寻根联谊活动", dept="青岚市归国华侨联合会 411",
        unit="青岚市归国华侨联合会", attr="一次性项目",
        money=[("中期资金总额", money(25, WAN), "年度资金总额", money(25, WAN)),
               ("其中：财政拨款", money(25, WAN), "其中：财政拨款", money(25, WAN))],
        goals=["举办海外侨胞寻根联谊活动3场，接待海外侨胞150人以上，参加活动侨胞满意度90%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "寻根联谊活动场次", "≥3场"),
            (None, None, "接待海外侨胞人数", "≥150人"),
            (None, "质量指标", "活动安全保障到位率", pct(1)),
            (None, "时效指标", "联谊活动完成时间", "2027年10月31日前"),
            (None, "成本指标", "人均接待成本", "≤1200元/人"),
            (
                None,
                mk(
                    "社会效益指标",
                    "F105",
                    "error",
                    row=True,
                    note="社会效益指标 merged under 产出指标",
                ),
                "海外侨胞对家乡认同感",
                "提升",
            ),
            ("效益指标", "可持续影响指标", "海外联谊网络", "健全"),
            ("满意度指标", "服务对象满意度指标", "参加活动侨胞满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    s.skip()
    project_head(
        s, year=2027, years=2, title="", name="侨史资料征集整理及侨批档案数字化",
        dept="青岚市归国华侨联合会 411", unit="青岚市侨史研究会", attr="新增项目",
        money=[("中期资金总额", money(60, WAN), "年度资金总额",
                mk(money(75, WAN), "B103", "error", row=True, note="annual 75 above period 60")),
               ("其中：财政拨款", money(60, WAN), "其中：财政拨款",
                mk(money(75, WAN), "B103", "error", required=False))],
        goals=["2027—2028年征集侨史资料600件，完成侨批档案数字化4000页，建成侨史资料数据库。",
               "2027年征集侨史资料300件，完成侨批档案数字化扫描2000页，开展口述史访谈20人。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "征集侨史资料件数", "≥300件"),
            (None, None, "侨批档案数字化扫描页数", "≥2000页"),
            (None, None, "口述史访谈人数", "≥20人"),
            (None, "质量指标", "数字化成果质量合格率", "≥98%"),
            (None, "时效指标", "年度征集整理完成时间", "2027年12月31日前"),
            (None, "成本指标", "单页数字化扫描成本", "≤15元/页"),
            ("效益指标", "社会效益指标", "侨史展览参观人次", "≥5000人次"),
            (None, "可持续影响指标", "侨史资料数据库持续更新机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "归侨侨眷及研究人员满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, "青岚市归国华侨联合会", "林国栋", "方晓燕", "0736-2290316", "2026年11月26日")
    return b
