"""Returns with planted mistakes in money, department totals, years and directions (nc15–nc18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout149.common import footer, one_year_money, w
from tests.variants.holdout149.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("nc15-sources-miss-total", (12, 11), "project, NAT-2021, 指标性质 as operator in words: "
         "财政拨款 + 其他资金 miss the 年度资金总额, a ≥ on a cost")  # fmt: skip
def nc15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 32, 12, 12, 10))
    project_head(
        s,
        year=2026,
        name="中小企业数字化转型诊断服务",
        dept="临岙县科技和经济信息化局",
        unit="临岙县中小企业公共服务中心",
        money=[
            [
                "年度资金总额",
                mk(w(600), "B101", "error", note="450 + 100 = 550 ≠ 600"),
                "其中：财政拨款",
                w(450),
            ],
            [None, None, "其他资金", w(100)],
        ],
        goals=[
            "为全县200家中小企业提供免费数字化转型诊断，按2万元/家购买诊断服务，形成诊断报告200"
            "份，推动60家企业实施数字化改造。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    s.table(
        [
            ["产出指标", "数量指标", "完成数字化转型诊断企业", "大于等于", 200, "家"],
            [None, None, "出具诊断报告", "大于等于", 200, "份"],
            [None, "质量指标", "诊断报告评审合格率", "大于等于", pct(0.95), "%"],
            [None, "时效指标", "诊断服务完成时间", None, "10月31日前", None],
            [
                "成本指标",
                "经济成本指标",
                "单家企业诊断服务费用",
                mk("大于等于", "T108", "warning", row=True, note="成本上限写成大于等于"),
                2,
                "万元/家",
            ],
            ["效益指标", "经济效益指标", "诊断后实施数字化改造企业", "大于等于", 60, "家"],
            [None, "社会效益指标", "企业数字化转型意识", None, "明显增强", None],
            [None, "可持续影响指标", "诊断服务商资源池", None, "动态管理", None],
            ["满意度指标", "服务对象满意度指标", "诊断企业满意度", "大于等于", pct(0.9), "%"],
        ],
        merged=(1, 2),
    )
    footer(s, "程沐阳", "0577-6630215", "林海峰")
    return b


@variant("nc16-market-bureau-department", (12, 1), "department table of a 市场监管局, flat-tier "
         "labels filled down, tasks not adding to 金额合计, a 满意度 ≥100%")  # fmt: skip
def nc16() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 22, 30, 14, 14, 14))
    department_head(
        s,
        year=2026,
        dept="枫川市市场监督管理局",
        budget=[[w(5200), w(4980), w(220), w(3650), w(1550)]],
        tasks=[
            ["产品质量监督抽查", "重点工业产品监督抽检", w(320), "抽检≥2000批次"],
            ["食品安全抽检监测", "食品安全监督抽检及风险监测", w(680), "抽检≥6000批次"],
            ["知识产权保护", "专利资助、维权援助", w(300), "发明专利授权≥900件"],
            ["计量检定与标准化", "强制检定、标准制修订补助", w(200), "强检≥3万台件"],
            [
                "金额合计",
                None,
                mk(w(1550), "B102", "error", note="320+680+300+200 = 1500 ≠ 1550"),
                None,
            ],
        ],
        goal="守牢质量安全底线，全年完成工业产品抽检2000批次、食品抽检6000批次，发明专利授权900件"
        "以上，强制检定计量器具3万台件。",
    )
    s.row("年度绩效指标", None, None, None, None, None, merge=[(1, 6)])
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ["产出指标", "数量指标", "工业产品监督抽检批次", "≥", 2000, "批次"],
            ["产出指标", "数量指标", "食品安全监督抽检批次", "≥", 6000, "批次"],
            ["产出指标", "数量指标", "发明专利授权量", "≥", 900, "件"],
            ["产出指标", "数量指标", "强制检定计量器具", "≥", 3, "万台件"],
            ["产出指标", "质量指标", "不合格产品后处理率", "=", pct(1), "%"],
            ["产出指标", "时效指标", "抽检结果公开及时率", "≥", pct(0.95), "%"],
            ["成本指标", "经济成本指标", "单批次食品抽检费用", "≤", 0.11, "万元/批次"],
            ["效益指标", "社会效益指标", "食品抽检合格率", "≥", pct(0.97), "%"],
            ["效益指标", "社会效益指标", "每万人口高价值发明专利拥有量", "≥", 12, "件"],
            ["效益指标", "可持续影响指标", "质量基础设施服务能力", None, "持续提升", None],
            [
                "满意度指标",
                "服务对象满意度指标",
                "市场主体满意度",
                "≥",
                mk(pct(1), "T106", "error", row=True, note="≥100%超过上限"),
                "%",
            ],
        ],
    )
    footer(s, "钱一诺", "0573-8655102", "陶景行")
    return b


@variant("nc17-data-sharing-year", (1,), "project of a 数据局, NAT-2021, one value column with "
         "operators inside: plan dates of the year before, a deadline given as 100%")  # fmt: skip
def nc17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 32, 16, 16, 16))
    project_head(
        s,
        year=2026,
        name="政务数据共享交换平台运维",
        dept="白沙河区数据局",
        unit="白沙河区大数据中心",
        money=one_year_money(160, 160, 0),
        attr="常年项目",
        start=day(2025, 1, 1),
        end=day(2025, 12, 31),
        goals=[
            "保障区级政务数据共享交换平台全年稳定运行，新增共享数据目录200条，数据共享调用"
            "300万次，数据问题工单处置及时率95%以上。"
        ],
    )
    b.file_mark("Y101", "error", alt=("Y102",), note="表题2026年度，计划起止日期却在2025年")
    s.row("一级指标", "二级指标", "三级指标", "指标值", "评分标准", None, merge=[(5, 6)])
    s.table(
        [
            ["产出指标", "数量指标", "新增共享数据目录", "≥200条", "每少10条扣1分"],
            [None, None, "数据共享调用次数", "≥300万次", "未达到不得分"],
            [None, "质量指标", "平台年可用率", "≥99.5%", "每低0.1个百分点扣1分"],
            [None, None, "数据问题工单处置及时率", "≥95%", "未达到不得分"],
            [
                None,
                "时效指标",
                "新增目录挂接完成时间",
                mk(pct(1), "T113", "warning", note="期限写成百分比"),
                "逾期不得分",
            ],
            ["成本指标", "经济成本指标", "平台运维服务费", "≤160万元", "超支不得分"],
            ["效益指标", "社会效益指标", "群众办事减少提交材料", "≥2万份", "未达到不得分"],
            [None, "可持续影响指标", "数据共享安全管理机制", "健全", "未建立不得分"],
            ["满意度指标", "服务对象满意度指标", "部门用户满意度", "≥90%", "每低1个百分点扣1分"],
        ],
        merged=(1, 2),
    )
    footer(s, "邱子墨", "0717-4463321", "钟国栋")
    return b


@variant("nc18-investment-wrong", (1, 11), "project of a 商务局, OLD-NAT, 比较符 column before "
         "the value, unit column: a 履约率 given as 个, a time limit with ≥")  # fmt: skip
def nc18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 32, 10, 12, 10))
    project_head(
        s,
        year=2026,
        name="重点招商项目全流程服务",
        dept="临溪县商务局",
        unit="临溪县投资促进服务中心",
        money=one_year_money(90, 90, 0),
        goals=[
            "为签约落地项目提供全流程代办服务，全年新签约项目15个、签约额不低于60亿元，企业诉求"
            "5个工作日内办结。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ["产出指标", "数量指标", "新签约招商项目", "≥", 15, "个"],
            [None, None, "新签约项目签约额", "≥", 60, "亿元"],
            [None, None, "代办服务事项", "≥", 120, "件"],
            [
                None,
                "质量指标",
                "签约项目履约率",
                "≥",
                mk(15, "T105", "error", row=True, note="履约率写成个数"),
                "个",
            ],
            [
                None,
                "时效指标",
                "企业诉求办结时限",
                mk("≥", "T108", "warning", row=True, note="时限应为≤"),
                5,
                "个工作日",
            ],
            [None, "成本指标", "代办服务购买费用", "≤", 90, "万元"],
            ["效益指标", "经济效益指标", "签约项目当年到位资金", "≥", 8, "亿元"],
            [None, "社会效益指标", "签约项目带动就业", "≥", 800, "人"],
            [None, "可持续影响指标", "项目服务专员制度", None, "长效运行", None],
            ["满意度指标", "服务对象满意度指标", "签约企业满意度", "≥", pct(0.9), "%"],
        ],
        merged=(1, 2),
    )
    footer(s, "覃雅琴", "0576-5543007", "彭远志")
    return b
