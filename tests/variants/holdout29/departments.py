"""Department tables (部门整体) of a science bureau, an industry bureau and a commerce bureau:
budget, 年度主要任务 with a 金额合计, 年度总体目标 and the indicator table."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout29.common import header, indicators, signature
from tests.variants.holdout29.registry import variant
from tests.variants.kit import Book, day, mk, money, pct


@variant(
    "im10-keji-dept-ok",
    (4, 12),
    "department, NAT-2021, budget and tasks that add up, a "
    "填报说明 footnote and signature lines under the table",
)
def im10() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s,
        year=2025,
        dept="临澜县科学技术局",
        budget=[(money(1260), money(1180), money(80), money(560), money(700))],
        tasks=[
            (
                "科技计划项目管理",
                "县级科技计划立项、中期检查和验收",
                money(420),
                "立项支持项目30项以上",
            ),
            (
                "科技企业培育",
                "高新技术企业培育、科技型中小企业评价",
                money(180),
                "新增高新技术企业15家以上",
            ),
            ("科普与科技人才", "科技活动周、科技特派员服务", money(100), "开展科普活动20场以上"),
            ("金额合计", None, money(700), None),
        ],
        goal="目标1：组织实施科技计划项目30项以上；目标2：新增高新技术企业15家以上；"
        "目标3：全社会研发经费投入较上年增长12%以上。",
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "备注")
    indicators(
        s,
        [
            ("产出指标", "数量指标", "组织实施科技计划项目", "≥30项", None),
            (None, None, "新增高新技术企业", "≥15家", None),
            (None, None, "有效发明专利拥有量", "≥620件", "存量，上年末580件"),
            (None, None, "选派科技特派员", "≥40人", None),
            (None, "质量指标", "科技计划项目验收通过率", "≥90%", None),
            (None, "时效指标", "项目资金拨付及时率", "100%", None),
            ("成本指标", "经济成本指标", "项目支出预算控制数", "≤700万元", None),
            ("效益指标", "经济效益指标", "全社会研发经费投入增长率", "较上年增长≥12%", None),
            (None, None, "高新技术产业增加值占规上工业增加值比重", "≥45%", None),
            (None, "社会效益指标", "每万人口高价值发明专利拥有量", "≥6.5件", None),
            ("满意度指标", "服务对象满意度指标", "科技企业满意度", "≥90%", None),
        ],
    )
    s.row("填报说明：1.金额单位为万元；2.专利数据以市场监管部门统计为准。", merge=[(1, 6)])
    signature(s, day(2024, 11, 18))
    return b


@variant(
    "im11-gongxin-dept-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, "
    "tasks not adding to 金额合计, no 满意度指标",
)
def im11() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s,
        year=2025,
        dept="石冈市工业和信息化局",
        budget=[
            (
                mk(money(2350), "B101", "error", row=True, note="980+1320=2300"),
                money(2200),
                money(150),
                money(980),
                money(1320),
            )
        ],
        tasks=[
            ("工业企业技术改造", "技改补助和智能化改造诊断", money(900), "支持技改项目20个以上"),
            (
                "中小企业公共服务",
                "中小企业服务券、培训和融资对接",
                money(250),
                "服务中小企业500家次以上",
            ),
            ("工业经济运行监测", "运行监测平台维护和分析报告", money(120), "按月发布运行分析"),
            (
                "金额合计",
                None,
                mk(money(1320), "B102", "error", row=True, note="900+250+120=1270"),
                None,
            ),
        ],
        goal="推动工业企业技术改造和数字化转型，规上工业增加值增长7%以上。",
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(
        s,
        [
            ("成本指标", "经济成本指标", "单个技改项目补助上限", "≤45万元"),
            ("产出指标", "数量指标", "支持技改项目", "≥20个"),
            (None, None, "服务中小企业", "≥500家次"),
            (None, None, "发布工业经济运行分析报告", "≥12期"),
            (None, "质量指标", "技改项目验收合格率", "≥95%"),
            (None, "时效指标", "补助资金拨付时限", "≤30个工作日"),
            ("效益指标", "经济效益指标", "规上工业增加值增速", "≥7%"),
            (None, None, "工业技改投资增长率", "≥10%"),
            (None, "社会效益指标", "带动就业人数", "≥1200人"),
        ],
    )
    b.file_mark("F106", "error", note="NAT-2021 部门表缺满意度指标")
    return b


@variant(
    "im12-shangwu-dept-ok",
    (1, 12),
    "department, NAT-2021, operator and unit columns, 亿元 "
    "indicators and a 万元 budget, percent cells, a qualitative value",
)
def im12() -> Book:
    b = Book()
    s = b.sheet("部门整体绩效目标")
    department_head(
        s,
        year=2026,
        dept="江屿市商务局",
        filled=day(2025, 11, 3, "yyyy年m月d日"),
        budget=[(money(3180.5), money(3020.5), money(160), money(1290.5), money(1890))],
        tasks=[
            (
                "外贸稳增长",
                "支持企业参展、出口信用保险保费补助",
                money(600),
                "出口额较上年增长6%以上",
            ),
            (
                "招商引资",
                "产业链招商、招商推介和项目服务",
                money(520),
                "招商引资到位资金80亿元以上",
            ),
            ("促进消费", "消费促进活动、以旧换新补贴", money(770), "社会消费品零售总额增长6%以上"),
            ("金额合计", None, money(1890), None),
        ],
        goal="稳外贸、促消费、强招商：外贸进出口总额260亿元以上，招商引资到位资金"
        "80亿元以上，新增限上商贸企业40家。",
    )
    header(s, "一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    indicators(
        s,
        [
            ("产出指标", "数量指标", "新引进亿元以上项目", "≥", 20, "个"),
            (None, None, "新增限上商贸企业", "≥", 40, "家"),
            (None, None, "举办消费促进活动", "≥", 24, "场"),
            (None, "质量指标", "项目资金审核合规率", "=", pct(1), "%"),
            (None, "时效指标", "补助资金兑付时限", "≤", 30, "日"),
            ("成本指标", "经济成本指标", "项目支出控制数", "≤", 1890, "万元"),
            ("效益指标", "经济效益指标", "外贸进出口总额", "≥", 260, "亿元"),
            (None, None, "招商引资到位资金", "≥", 80, "亿元"),
            (None, None, "电子商务交易额增长率", "≥", pct(0.15), "%"),
            (None, None, "社会消费品零售总额增长", "≥", pct(0.06, "0.0%"), "%"),
            (None, "社会效益指标", "带动就业人数", "≥", 5000, "人"),
            (None, "可持续影响指标", "市场运行秩序", None, "良好", None),
            ("满意度指标", "服务对象满意度指标", "企业和群众满意度", "≥", pct(0.9), "%"),
        ],
    )
    return b
