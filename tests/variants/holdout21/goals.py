"""Department returns whose weight is in the goals and the values: numbered 年度总体目标 whose
figures must match the indicators, operators written inside the values, 中期 and 年度 columns."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout21.registry import variant
from tests.variants.kit import Book, C, day, mk, pct

NUM = "#,##0.00"


def _n(v: float) -> C:
    return C(v, NUM)


@variant("ie07-numbered-goals-ok", (12, 5), "department, NAT-2021, 目标1…目标3 match indicators")
def ie07() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s,
        year=2025,
        dept="松陵县教育局",
        budget=[(_n(1280), _n(1180), _n(100), _n(860), _n(420))],
        tasks=[
            ("校舍维修改造", "12所中小学校舍维修及安全改造", _n(200), "消除校舍安全隐患"),
            ("教师培训", "中小学教师全员轮训", _n(150), "培训教师800人次"),
            ("学生资助", "家庭经济困难学生生活补助", _n(70), "资助学生350人"),
            ("金额合计", None, _n(420), None),
        ],
        goal="目标1：完成12所中小学校舍维修改造；目标2：培训中小学教师不少于800人次；"
        "目标3：资助家庭经济困难学生350人，家长满意度达到90%以上。",
    )
    s.row("绩效指标", "一级指标", "二级指标", "三级指标", "指标值", None, merge=[(5, 6)])
    top = s.r
    s.table(
        [
            (None, "产出指标", "数量指标", "校舍维修改造学校数", "12所"),
            (None, None, None, "教师培训人次", "≥800人次"),
            (None, None, None, "资助家庭经济困难学生人数", "350人"),
            (None, None, "质量指标", "维修工程验收合格率", pct(1)),
            (None, None, "时效指标", "维修工程完工时间", "2025年8月31日前"),
            (None, "成本指标", "经济成本指标", "教师培训人均成本", "≤500元/人次"),
            (None, "效益指标", "社会效益指标", "学校办学条件", "明显改善"),
            (None, None, "可持续影响指标", "校舍安全隐患排查机制", "长效运行"),
            (None, "满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
        ],
        merged=(2, 3),
    )
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    return b


@variant("ie08-goal-mismatch", (12,), "department, NAT-2021, goal figure ≠ indicator, no 满意度")
def ie08() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s,
        year=2025,
        dept="柘林市人力资源和社会保障局",
        budget=[(_n(5340), _n(5100), _n(240), _n(4210), _n(1130))],
        tasks=[
            ("职业技能提升", "开展重点群体职业技能培训", _n(680), "培训6000人次"),
            ("劳动保障监察", "欠薪线索核查和专项执法", _n(250), "办结欠薪案件"),
            ("就业服务", "举办招聘会和就业见习", _n(200), "举办招聘会40场"),
            ("金额合计", None, _n(1130), None),
        ],
        goal="目标1：开展职业技能培训6000人次；目标2：举办各类招聘会40场；"
        "目标3：欠薪案件结案率达到95%以上。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    s.table(
        [
            ("产出指标", "数量指标", "职业技能培训人次", "≥5000人次"),
            (None, None, "举办招聘会场次", "≥40场"),
            (None, "质量指标", "欠薪案件结案率", "≥95%"),
            (None, None, "培训后取证率", "≥70%"),
            (None, "时效指标", "欠薪举报投诉受理时限", "≤5个工作日"),
            ("成本指标", "经济成本指标", "职业技能培训人均补贴", "≤1100元/人次"),
            ("效益指标", "社会效益指标", "城镇登记失业率", "≤4%"),
            (None, "可持续影响指标", "技能人才队伍", "不断壮大"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    b.file_mark("F106", "error", note="no 满意度指标 under NAT-2021")
    b.file_mark("D104", "warning", note="目标1 says 6000人次, the indicator ≥5000人次 (row 12)")
    return b


@variant("ie09-inline-operators-ok", (11, 5), "department, NAT-2021, operators and grades inline")
def ie09() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 34, 18, 18))
    s.title("2025年度部门整体支出绩效目标表", 5)
    s.row("单位名称：临江县政务服务中心", None, None, "填报日期：", day(2024, 11, 29),
          merge=[(1, 3)])  # fmt: skip
    s.row("年度预算（万元）", "资金总额", "财政拨款", "其他资金", None)
    s.row(None, _n(612), _n(612), _n(0), None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("部门职能", "负责全县政务服务事项集中办理、“一网通办”平台运行和12345热线受理。",
          merge=[(2, 5)])  # fmt: skip
    s.row("年度总体目标", "目标1：政务服务事项网上可办率达到95%以上；目标2：热线工单按时办结率"
          "不低于90%；目标3：企业和群众满意度≥95%。", merge=[(2, 5)])  # fmt: skip
    s.row("绩效指标", None, None, None, None, merge=[(1, 5)])
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table(
        [
            ("一、产出指标", "1.数量指标", "进驻大厅政务服务事项数", "≥1200项", None),
            (None, None, "12345热线受理工单数", "≥36000件", "含网络渠道"),
            (None, "2.质量指标", "政务服务事项网上可办率", "95%以上", None),
            (None, None, "热线工单按时办结率", "不低于90%", None),
            (None, None, "办件差错率", "≤1%", None),
            (None, "3.时效指标", "企业开办办理时限", "≤1个工作日", None),
            (None, None, "群众投诉处理时限", "30日内", None),
            ("二、成本指标", "经济成本指标", "大厅运行维护费", "≤150万元", None),
            ("三、效益指标", "社会效益指标", "营商环境", "持续优化", None),
            (None, None, "政务服务标准化建设", "达标", None),
            (None, "可持续影响指标", "“一网通办”平台运行", "良好", None),
            ("四、满意度指标★", "服务对象满意度指标", "企业和群众满意度", "≥95%", None),
        ],
        merged=(1, 2),
    )
    s.row("注：“★”为必设指标。", merge=[(1, 5)])
    return b


@variant("ie10-malformed-operators", (11, 1), "department, NAT-2021, malformed thresholds")
def ie10() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 34, 18, 18))
    s.title("2025年度部门整体支出绩效目标表", 5)
    s.row("单位名称：南屏市市场监督管理局", None, None, "填报日期：", day(2024, 12, 5),
          merge=[(1, 3)])  # fmt: skip
    s.row("年度预算（万元）", "资金总额", "财政拨款", "其他资金", None)
    s.row(None, _n(2960), _n(2900), _n(60), None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", "目标1：完成食品安全抽检3000批次；目标2：特种设备定期检验率保持在"
          "98%以上；目标3：消费者满意度达到90%。", merge=[(2, 5)])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "食品安全监督抽检批次", "≥3000批次", None),
            (None, None, "“双随机”抽查企业户数", "≥900户", None),
            (None, "质量指标", "特种设备定期检验率",
             mk("≥≤98%", "T116", "warning", note="two operators"), None),
            (None, None, "抽检不合格食品核查处置率",
             mk(">=95", "T105", "error", alt=("T116",), note="a rate without %"), None),
            (None, "时效指标", "消费投诉按期办结率", "≥95%", None),
            ("成本指标", "经济成本指标", "食品抽检单批次检验费", "≤900元/批次", None),
            ("效益指标", "社会效益指标", "食品安全事件发生率",
             "≤0.5%", None),
            (None, None, "消费者投诉率",
             mk("≥5%", "T108", "warning", row=True, note="投诉率 is 反向"), None),
            ("满意度指标", "服务对象满意度指标", "消费者满意度",
             mk("90%%", "T116", "warning"), None),
        ],
        merged=(1, 2),
    )  # fmt: skip
    return b


@variant("ie15-period-annual", (8,), "department, 实施周期 and 年度 value columns")
def ie15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 20, 20))
    s.title("长汀区卫生健康局部门整体支出绩效目标表", 5)
    s.row("部门（单位）名称", "长汀区卫生健康局", None, "预算年度", "2025年")
    s.row("年度预算（万元）", "资金总额", "财政拨款", "其他资金", None)
    s.row(None, _n(4380), _n(4020), _n(360), None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("实施周期目标（2025—2027年）", "建成紧密型县域医共体，累计培训基层医务人员1800人次，"
          "家庭医生签约服务覆盖重点人群。", merge=[(2, 5)])  # fmt: skip
    s.row("年度总体目标（2025年）", "培训基层医务人员600人次，完成65岁以上老年人健康体检"
          "2.4万人。", merge=[(2, 5)])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "实施周期指标值（2025—2027年）",
          "年度指标值（2025年）")  # fmt: skip
    s.table(
        [
            ("产出指标", "数量指标", "基层医务人员培训人次", "≥1800人次", "≥600人次"),
            (None, None, "65岁以上老年人健康体检人数", "≥7万人",
             mk("≥7万人", "D202", "warning", note="three-year total copied into the year")),
            (None, None, "村卫生室标准化建设个数", "≥30个",
             mk("≥36个", "D201", "error")),
            (None, "质量指标", "重点人群家庭医生签约率", "≥75%", "≥70%"),
            (None, "时效指标", "传染病疫情报告及时率", pct(1), pct(1)),
            ("成本指标", "经济成本指标", "老年人健康体检人均费用", "≤80元/人", "≤80元/人"),
            ("效益指标", "社会效益指标", "居民健康素养水平", "≥32%", "≥30%"),
            (None, "可持续影响指标", "县域医共体运行机制", "健全", "逐步健全"),
            ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    b.file_mark("D104", "warning", required=False, note="年度目标 2.4万人 against the copied 7万人")
    return b
