"""统计局 returns: household and census surveys (样本户数, 数据差错率 ≤0.5%, 上报时限), a
department table with a direction column, and template rows left half filled."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout41.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

WAN4 = "0.0000"


@variant(
    "iy06-household-survey-ok",
    (1, 7),
    "project, OLD-NAT, two header lines (指标值 split into 比较符 · 数值 · 计量单位), a "
    "text-typed count, 差错率 ≤0.5% as a 0.0% cell, 定性 in the operator column",
)
def iy06() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", widths=(14, 14, 32, 10, 12, 12))
    project_head(
        s,
        year=2027,
        name="住户收支与劳动力调查业务经费",
        dept="柘川市统计局",
        unit="柘川市统计局住户调查科",
        money=[
            ("年度资金总额", money(95.4, WAN), "其中：财政拨款", money(95.4, WAN)),
            (None, None, "其他资金", money(0, WAN)),
        ],
        goals=[
            "选取住户收支调查样本1200户，按月开展劳动力调查入户访问，记账数据差错率控制在0.5%"
            "以内，按时上报月度、季度调查数据，为全市居民收入和就业统计提供可靠依据。"
        ],
        title="柘川市2027年度项目支出绩效目标表",
    )
    top = s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    s.row(None, None, None, "比较符", "数值", "计量单位")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table(
        [
            ("产出指标", "数量指标", "住户收支调查样本户数", "≥", "1200", "户"),
            (None, None, "劳动力调查月度入户访问户次", "≥", 14400, "户次"),
            (None, None, "辅助调查员业务培训", "≥", 4, "期"),
            (None, "质量指标", "记账数据差错率", "≤", pct(0.005, "0.0%"), "%"),
            (None, None, "调查数据审核通过率", "≥", pct(0.98), "%"),
            (None, "时效指标", "月度调查数据上报时限", "≤", 5, "个工作日"),
            (None, "成本指标", "记账户年度补贴标准", "≤", 600, "元/户"),
            ("效益指标", "社会效益指标", "居民收入统计数据发布", "定性", "及时准确", None),
            (None, "可持续影响指标", "住户调查样本轮换机制", "定性", "有效运行", None),
            ("满意度指标", "服务对象满意度指标", "记账户对调查工作满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    s.row("说明：月度调查数据于每月结束后5个工作日内上报；记账户补贴按户按年发放。", merge=[(1, 6)])
    return b


@variant(
    "iy07-unit-census-wrong",
    (1, 9, 11),
    "project, NAT-2021, one value column: a start date two years early, a total split by "
    "a space (PDF), a 完成率 given as a count, a 差错率 with ≥",
)
def iy07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 32, 16, 14, 14))
    project_head(
        s,
        year=2027,
        name="全县经济单位清查及名录库维护经费",
        dept="鹤湾县统计局",
        unit="鹤湾县统计局普查中心",
        start=mk(day(2025, 3, 1), "Y102", "error", alt=("Y101",), note="2025 in a 2027 table"),
        money=[
            (
                "年度资金总额",
                mk(
                    mk("136.457 5", "X105", "warning", alt=("X103",)),
                    "B101",
                    "error",
                    required=False,
                    row=True,
                    note="a sum check on the misread total is a consequence of the split number",
                ),
                "其中：财政拨款",
                money(126.4575, WAN4),
            ),
            (None, None, "其他资金", money(10, WAN4)),
        ],
        goals=[
            mk(
                "完成全县经济单位清查，清查表填报2.3万份，更新基本单位名录库，清查数据差错率"
                "控制在0.5%以内。",
                "D104",
                "warning",
                required=False,
                note="the text says ≤0.5%, the indicator ≥0.5%: the same problem as the T108",
            )
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "经济单位清查表填报份数", "≥2.3", "万份", None),
            (None, None, "基本单位名录库更新单位数", "≥1.8", "万个", None),
            (
                None,
                "质量指标",
                mk(
                    "单位清查表填报完成率",
                    "D103",
                    "warning",
                    required=False,
                    row=True,
                    alt=("D101",),
                    note="the row repeats the 2.3万份 of the count row above",
                ),
                mk("2.3万份", "T105", "error", note="a rate given as a count"),
                None,
                None,
            ),
            (
                None,
                None,
                "清查数据差错率",
                mk("≥0.5%", "T108", "warning", row=True, alt=("D104",)),
                None,
                None,
            ),
            (None, "时效指标", "清查数据上报时间", "2027年10月31日前", None, None),
            ("成本指标", "经济成本指标", "清查员劳务补助标准", "≤120", "元/人·天", None),
            ("效益指标", "社会效益指标", "名录库对统计调查的支撑作用", "有效提升", None, None),
            (None, "可持续影响指标", "名录库动态维护机制", "健全", None, None),
            ("满意度指标", "服务对象满意度指标", "清查对象满意度", "≥90%", None, None),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "iy08-stats-department-ok",
    (4, 11),
    "department, NAT-2021: 指标性质 holds the direction (正向/反向/定性), operators in the "
    "values, 度量单位 column with %, header repeated after a page break",
)
def iy08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 32, 12, 14, 12))
    department_head(
        s,
        year=2027,
        dept="岚桥区统计局",
        budget=[(money(1265.8), money(1265.8), money(0), money(965.8), money(300))],
        tasks=[
            ("常规统计调查", "农业、工业、服务业等36项常规统计调查", money(150), "按时完成"),
            ("统计执法检查", "“双随机”统计执法检查企业120家", money(40), "依法查处统计违法"),
            ("统计信息化建设", "联网直报平台和数据库运维", money(60), "系统稳定运行"),
            ("专项调查", "区域经济专项调查及监测", money(50), "形成专项报告"),
            ("金额合计", None, money(300), None),
        ],
        goal="目标1：完成36项常规统计调查，统计数据差错率控制在0.5%以内；目标2：开展统计执法"
        "检查企业120家以上；目标3：提升统计服务水平，数据使用者满意度达到90%以上。",
    )
    header = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位")
    s.row(*header)
    s.table(
        [
            ("产出指标", "数量指标", "常规统计调查项目完成数", "正向", "≥36", "项"),
            (None, None, "统计执法检查企业数", "正向", "≥120", "家"),
            (None, "质量指标", "统计数据差错率", "反向", "≤0.5", "%"),
            (None, None, "联网直报企业数据审核通过率", "正向", "≥98", "%"),
            (None, "时效指标", "统计月报发布时限", "反向", "≤15", "个工作日"),
        ],
        merged=(1, 2),
    )
    s.row(*header)  # the header again at the top of the second printed page
    s.table(
        [
            ("成本指标", "经济成本指标", "统计执法检查户均成本", "反向", "≤3000", "元/户"),
            (
                "效益指标",
                "社会效益指标",
                "统计数据对党政决策的支撑作用",
                "定性",
                "有效提升",
                None,
            ),
            (None, "可持续影响指标", "统计诚信体系建设", "定性", "持续加强", None),
            ("满意度指标", "服务对象满意度指标", "统计数据使用者满意度", "正向", "≥90", "%"),
        ],
        merged=(1, 2),
    )
    s.row("填表人：罗晓青", None, "联系电话：0752-6613027", None, "审核人：邓卫", None)
    return b


@variant(
    "iy09-population-survey-wrong",
    (6, 13),
    "project, NAT-2021: a value without a name, a 时效指标 row left from the template, a "
    "质量指标 under 效益指标",
)
def iy09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 32, 14, 12, 14))
    project_head(
        s,
        year=2027,
        name="人口变动情况抽样调查及统计执法经费",
        dept="柘川市统计局",
        unit="柘川市统计局人口和社会科技统计科",
        money=[
            ("年度资金总额", money(58.6), "其中：财政拨款", money(58.6)),
            (None, None, "其他资金", money(0)),
        ],
        goals=[
            "完成48个样本小区的人口变动情况抽样调查，开展统计执法“双随机”抽查企业60家，"
            "调查数据差错率控制在0.5%以内。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "人口变动抽样调查样本小区", "≥48", "个", None),
            (None, None, mk(None, "F110", "error"), "≥40", "家", None),
            (None, None, "统计执法“双随机”抽查企业", "≥60", "家", None),
            (None, "质量指标", "抽样调查数据差错率", "≤0.5%", None, None),
            (None, mk("时效指标", "F109", "warning", row=True), None, None, None, None),
            ("成本指标", "经济成本指标", "调查员劳务补助标准", "≤150", "元/人·天", None),
            ("效益指标", "社会效益指标", "人口统计数据服务决策作用", "有效发挥", None, None),
            (
                None,
                mk("质量指标", "F105", "error", row=True),
                "统计执法案件卷宗评查合格率",
                "≥90%",
                None,
                None,
            ),
            (None, "可持续影响指标", "人口统计基础数据库", "持续更新", None, None),
            ("满意度指标", "服务对象满意度指标", "调查对象满意度", "≥90%", None, None),
        ],
        merged=(1, 2),
    )
    return b
