"""Construction and investment projects: 总投资 over a multi-year 项目周期 against this year's
amount, 中期 and 年度 columns, detail lines, text converted from PDF."""

from __future__ import annotations

from tests.variants.holdout16.common import (
    AMOUNT,
    WAN_LINE,
    project_lines,
    signature,
    title,
    unit_line,
)
from tests.variants.holdout16.registry import variant
from tests.variants.kit import Book, C, day, mk

PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")


@variant(
    "o03-machine-room-multiyear-ok",
    (8, 12),
    "three-year construction project, NAT-2021, 总投资 line, 中期 and 年度 money and value "
    "columns, dates in 中期 beyond the budget year",
)
def o03() -> Book:
    """Correct: 1860 = 1500 + 360 and 620 = 500 + 120 (620 ≤ 1860); counts 420 < 860 and
    20 < 48; 860 m² × 1.2 = 1032 ≤ 1860 and 420 × 1.2 = 504 ≤ 620; the 中期 date 2027年6月底前
    lies in the 项目周期 2025–2027; rates and 使用年限 may be equal in both columns."""
    b = Book()
    s = b.sheet("绩效目标申报表", (14, 18, 30, 18, 18, 14))
    title(s, "2026年度项目支出绩效目标表", 6)
    unit_line(s, WAN_LINE, 6)
    project_lines(
        s,
        [
            ("项目名称", "霁云县政务服务中心数据机房改造工程", "主管部门", "霁云县行政审批服务局"),
            ("实施单位", "霁云县政务服务中心", "项目属性", "延续项目"),
            ("项目周期", "2025年—2027年（3年）", "计划起止时间", "2025.03—2027.06"),
            ("项目总投资", C(1860, AMOUNT), "其中本年度安排", C(620, AMOUNT)),
        ],
    )
    s.row("资金来源", None, "中期资金总额", "年度资金总额", None, None, merge=[(1, 2)])
    s.row("资金总额", None, C(1860, AMOUNT), C(620, AMOUNT), None, None, merge=[(1, 2)])
    s.row("其中：财政拨款", None, C(1500, AMOUNT), C(500, AMOUNT), None, None, merge=[(1, 2)])
    s.row("其他资金", None, C(360, AMOUNT), C(120, AMOUNT), None, None, merge=[(1, 2)])
    s.row(
        "总体目标",
        "中期目标（2025年—2027年）",
        None,
        "年度目标（2026年）",
        None,
        None,
        merge=[(2, 3), (4, 6)],
    )
    s.row(
        None,
        "完成机房860平方米改造和48个机柜部署，2027年6月底前竣工验收，实现全县政务数据"
        "集中存储和统一灾备。",
        None,
        "完成主体改造420平方米、部署机柜20个，第三季度完成供配电系统改造。",
        None,
        None,
        merge=[(2, 3), (4, 6)],
    )
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row(*PERIOD_HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "机房改造面积", "≥860平方米", "≥420平方米", None),
            (None, None, "标准机柜部署数量", "≥48个", "≥20个", None),
            (None, "质量指标", "工程验收合格率", "100%", "100%", None),
            (None, None, "机房等级", "达到B级", "达到B级", "GB 50174"),
            (None, "时效指标", "工程竣工验收时间", "2027年6月底前", "—", "中期"),
            (None, None, "供配电系统改造完成时间", "—", "2026年第三季度", None),
            (
                "成本指标",
                "经济成本指标",
                "机房改造单位造价",
                "≤1.2万元/平方米",
                "≤1.2万元/平方米",
                None,
            ),
            ("效益指标", "社会效益指标", "政务数据集中存储比例", "≥90%", "≥60%", None),
            (None, "可持续影响指标", "机房设计使用年限", "≥15年", "≥15年", None),
            ("满意度指标", "服务对象满意度指标", "入驻部门满意度", "≥90%", "≥90%", None),
        ],
        merged=(1, 2),
    )
    signature(s, "冼嘉", "骆澄", "0719-4471862", day(2025, 11, 3))
    return b


@variant(
    "o04-command-centre-defects",
    (12,),
    "one-year construction project, OLD-NAT, one value column: money that does not add up, "
    "a completion date three years before the budget year, an indicator listed twice",
)
def o04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 18, 30, 20, 16, 16))
    title(s, "柘浦区2026年度项目支出绩效目标表", 6)
    unit_line(s, WAN_LINE, 6)
    project_lines(
        s,
        [
            ("项目名称", "区应急指挥中心智能化改造", "主管部门", "柘浦区应急管理局"),
            ("实施单位", "柘浦区应急管理局", "项目属性", "一次性项目"),
            ("计划开始日期", day(2026, 3, 1), "计划完成日期", day(2026, 12, 31)),
        ],
    )
    s.row("项目资金", "年度资金总额", "财政拨款", "其他资金", "其中：政府采购", None)
    s.row(
        None,
        mk(C(450, AMOUNT), "B101", "error", row=True, note="380 + 50 = 430"),
        C(380, AMOUNT),
        C(50, AMOUNT),
        C(410, AMOUNT),
        None,
    )
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "年度绩效目标",
        "完成指挥大厅、会商室智能化改造，实现与市级平台和12个街道的音视频互通。",
        merge=[(2, 6)],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    s.table(
        [
            ("产出指标", "数量指标", "应急指挥大屏系统", "1套"),
            (None, None, "音视频互通街道数", "≥12个"),
            (
                None,
                None,
                mk(
                    "应急指挥大屏系统",
                    "D101",
                    "warning",
                    row=True,
                    alt=("D102",),
                    note="the same indicator twice",
                ),
                "1套",
            ),
            (None, "质量指标", "系统联调测试通过率", "100%"),
            (
                None,
                "时效指标",
                "竣工验收时间",
                mk(
                    "2023年11月底前",
                    "Y102",
                    "error",
                    alt=("Y101", "Y103"),
                    note="a 2026 one-year project cannot finish in 2023",
                ),
            ),
            (None, "成本指标", "改造工程费用", "≤450万元"),
            ("效益指标", "社会效益指标", "突发事件视频会商响应时间", "≤10分钟"),
            (None, "可持续影响指标", "指挥系统运行维护机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    signature(s, "符野", "谈宁", "0756-2093318", day(2025, 10, 20))
    return b


@variant(
    "o13-health-platform-pdf",
    (9,),
    "one-year IT construction project converted from PDF, OLD-NAT, detail lines: a total "
    "split by a space, an amount pasted twice, a completion date in the year before",
)
def o13() -> Book:
    b = Book()
    s = b.sheet("Table 1", (14, 18, 30, 20, 16, 16))
    s.row("2026年度项目支出绩效目标表")
    s.row(None, None, None, None, None, "单位：万元")
    s.row("项目名称", "汀湄县全民健康信息平台二期", None, "主管部门", "汀湄县卫生健康局")
    s.row("项目期", "1年", None, "项目属性", "新增项目")
    s.row(
        "项目总金额",
        mk(
            "1205.337 6", "X105", "warning", alt=("X103",), note="1205.3376 split by the conversion"
        ),
        None,
        "其中：财政拨款",
        1085.3376,
        None,
    )
    s.row(None, None, None, "其他资金", 120, None)
    s.row("资金明细", "硬件设备购置", mk("120万120万", "X106", "error", alt=("B108",)))
    s.row(None, "软件开发", 685.3376)
    s.row(None, "等保测评及系统集成", 400)
    s.row(
        "年度目标",
        "建成全县统一的健康信息平台二期，实现28家医疗卫生机构数据互联互通，平台通过等保三级测评。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "接入医疗卫生机构", "≥28家"),
            (None, None, "电子健康档案建档", "≥42万份"),
            (None, "质量指标", "数据上传完整率", "≥95%"),
            (None, None, "网络安全等级保护", "三级"),
            (
                None,
                "时效指标",
                "平台二期上线时间",
                mk(
                    "2025年12月底前",
                    "Y102",
                    "error",
                    alt=("Y101", "Y103"),
                    note="a 2026 one-year project going live in 2025",
                ),
            ),
            (None, "成本指标", "平台建设成本", "≤1205万元"),
            ("效益指标", "社会效益指标", "检查检验结果互认率", "≥60%"),
            (None, "可持续影响指标", "健康数据共享应用", "持续提升"),
            ("满意度指标", "服务对象满意度指标", "医疗机构使用满意度", "≥90%"),
        ]
    )
    return b


@variant(
    "o16-video-network-copied",
    (8, 12),
    "three-year project, NAT-2021, 中期 and 年度 columns: 年度资金 above 中期资金, cumulative "
    "counts copied from 中期 into 年度",
)
def o16() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (14, 18, 30, 18, 18, 14))
    title(s, "2026年度项目支出绩效目标表", 6)
    unit_line(s, WAN_LINE, 6)
    project_lines(
        s,
        [
            ("项目名称", "岚桥县公共安全视频监控建设三期", "主管部门", "岚桥县公安局"),
            ("实施单位", "岚桥县公安局科技信息化大队", "项目属性", "新增项目"),
            ("项目期", "3年", "计划起止", "2026年1月—2028年12月"),
        ],
    )
    s.row("项目资金", None, "中期资金总额", "年度资金总额", None, None, merge=[(1, 2)])
    s.row(
        "资金总额",
        None,
        C(2460, AMOUNT),
        mk(C(2640, AMOUNT), "B103", "error", note="年度 above 中期 (digits swapped)"),
        None,
        None,
        merge=[(1, 2)],
    )
    s.row(
        "其中：财政拨款",
        None,
        C(2460, AMOUNT),
        mk(C(2640, AMOUNT), "B103", "error", required=False, note="the same swapped digits"),
        None,
        None,
        merge=[(1, 2)],
    )
    s.row(
        "总体目标",
        "中期目标（2026年—2028年）",
        None,
        "年度目标",
        None,
        None,
        merge=[(2, 3), (4, 6)],
    )
    s.row(
        None,
        "三年新建高清监控点位1200个、乡镇视频汇聚节点18个，重点区域覆盖率达到100%。",
        None,
        mk(
            "2026年完成城区和6个乡镇点位建设，建成汇聚节点6个。",
            "D104",
            "warning",
            required=False,
            note="the text's 6 nodes against the copied annual ≥18",
        ),
        None,
        None,
        merge=[(2, 3), (4, 6)],
    )
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row(*PERIOD_HEAD)
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "新建高清监控点位",
                "≥1200个",
                mk("≥1200个", "D202", "warning", row=True, note="copied from 中期"),
                None,
            ),
            (
                None,
                None,
                "建成乡镇视频汇聚节点",
                "≥18个",
                mk("≥18个", "D202", "warning", row=True, alt=("D104",), note="copied from 中期"),
                None,
            ),
            (None, "质量指标", "监控点位在线率", "≥95%", "≥95%", None),
            (None, "时效指标", "年度建设任务完成时间", "2028年12月底前", "2026年12月底前", None),
            ("成本指标", "经济成本指标", "单个点位综合建设成本", "≤1.6万元", "≤1.6万元", None),
            ("效益指标", "社会效益指标", "重点公共区域视频覆盖率", "100%", "≥60%", None),
            (None, "可持续影响指标", "视频资源共享应用机制", "建立并运行", "建立", None),
            ("满意度指标", "服务对象满意度指标", "群众安全感满意度", "≥90%", "≥90%", None),
        ],
        merged=(1, 2),
    )
    signature(s, "詹洵", "宓禾", "0768-5512047", day(2025, 11, 18))
    return b
