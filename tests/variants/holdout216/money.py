"""Department tables whose money is the point: 占比 rows and columns, tasks split by source,
vertical money blocks with 测算依据, tasks that include the 基本运转, amounts in 元 (pr13–pr18)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout216.common import (
    ONE,
    block,
    book,
    goal,
    note,
    share,
    sign,
    tiered,
    top,
    wan,
)
from tests.variants.holdout216.registry import variant
from tests.variants.kit import YUAN, Book, day, mk, money, pct


@variant("pr13-civil-affairs-shares", (1, 12), "民政 department, a money row with 占比 "
         "(two-decimal percent formats), tasks split into 财政拨款 and 其他资金, a unit and a "
         "direction column, a typed 100% beside a % unit (correct)")  # fmt: skip
def pr13() -> Book:
    b, s = book("Sheet1")
    top(s, year=2026, dept="青樾市民政局", code="402001")
    s.row("填报人", "卢思源", None, "联系电话", "0731-2857316", merge=[(2, 3), (5, 6)])
    s.row("年度预算", "资金总额", "财政拨款", "其他资金", "基本支出", "项目支出")
    s.row("金额（万元）", wan(12680.00), wan(12180.00), wan(500.00), wan(3804.00), wan(8876.00))
    s.row("占比", share(1), share(0.9606), share(0.0394), share(0.3), share(0.7))
    s.row("年度主要任务", merge=[(1, 6)])
    s.row("任务名称", "主要实施内容", "资金总额（万元）", "财政拨款", "其他资金", "期望达到的目标")
    s.table([
        ("城乡低保和特困供养", "按月发放低保金和特困供养金", wan(6320.00), wan(6020.00),
         wan(300.00), "保障城乡低保对象5600人"),
        ("养老服务提质", "高龄津贴和社区嵌入式养老服务站", wan(1856.00), wan(1656.00),
         wan(200.00), "新建社区养老服务站8个"),
        ("惠民殡葬", "基本殡葬服务费用减免", wan(700.00), wan(700.00), wan(0),
         "基本殡葬服务免费"),
        ("金额合计", None, wan(8876.00), wan(8376.00), wan(500.00), None),
    ])  # fmt: skip
    goal(s, "保障城乡低保对象5600人，新建社区嵌入式养老服务站8个，基本殡葬服务免费政策覆盖"
            "全市户籍居民，困难群众基本生活得到有效保障。")  # fmt: skip
    tiered(s, (*ONE, "计量单位", "指标方向"), [
        ("产出指标", "数量指标", "城乡低保保障人数", "≥5600", "人", "正向"),
        (None, None, "新建社区嵌入式养老服务站", "≥8", "个", "正向"),
        (None, "质量指标", "低保资金发放准确率", "≥99", "%", "正向"),
        (None, "时效指标", "特困供养金按月发放及时率", "≥98", "%", "正向"),
        ("成本指标", "经济成本指标", "养老服务站单站建设补助", "≤60", "万元/个", "反向"),
        ("效益指标", "社会效益指标", "低保错保漏保率", "≤1", "%", "反向"),
        (None, None, "基本殡葬服务免费政策覆盖率", pct(1), "%", "正向"),
        (None, "可持续影响指标", "社会救助兜底保障机制", "健全", None, "定性"),
        ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90", "%", "正向"),
    ])  # fmt: skip
    sign(s, "卢思源", "易晗章", "0731-2857316")
    return b


@variant("pr14-hrss-share-and-lines", (12,), "人社 department, a vertical money block with "
         "占比: the 项目支出 share 45% for 856/2140, tasks with 测算依据 that add to 756 "
         "against a 金额合计 of 856, a training subsidy cap × count beyond the money")  # fmt: skip
def pr14() -> Book:
    b, s = book("Sheet1")
    top(s, year=2026, dept="沙埠县人力资源和社会保障局")
    block(s, "年度预算", [
        ("项目", "金额（万元）", "占比", "备注", None),
        ("资金总额", wan(2140.00), share(1), None, None),
        ("其中：财政拨款", wan(2040.00), share(0.9533), None, None),
        ("其他资金", wan(100.00), share(0.0467), "失业保险基金支出", None),
        ("基本支出", wan(1284.00), share(0.6), "人员经费1096.00万元，公用经费188.00万元", None),
        ("项目支出", wan(856.00), mk(share(0.45), "B111", "error", row=True), None, None),
    ], merge=[(5, 6)])  # fmt: skip
    block(s, "年度主要任务", [
        ("任务名称", "预算金额（万元）", "测算依据", "期望达到的目标", None),
        ("职业技能提升培训", wan(320.00), "培训3200人次×人均补贴1000元", "培训3200人次", None),
        ("就业见习补贴", wan(236.00), "见习400人×1800元/月×3个月，另见习单位补贴20万元",
         "见习岗位400个", None),
        ("劳动保障监察", wan(200.00), "执法车辆运行、案件办理和普法宣传", "欠薪动态清零", None),
        ("金额合计", mk(wan(856.00), "B102", "error", row=True), None, None, None),
    ], merge=[(5, 6)])  # fmt: skip
    goal(s, "完成职业技能培训3200人次，提供就业见习岗位400个，检查用人单位600户，"
            "拖欠农民工工资案件动态清零。")  # fmt: skip
    tiered(s, (*ONE, "指标解释"), [
        ("产出指标", "数量指标", "职业技能培训人次", "≥3200人次", None),
        (None, None, "就业见习岗位数", "≥400个", None),
        (None, None, "劳动保障监察检查用人单位数", "≥600户", None),
        (None, "质量指标", "培训合格率", "≥85%", "考核合格人数/参训人数"),
        (None, "时效指标", "欠薪投诉案件办结时限", "≤20个工作日", None),
        (None, "成本指标", "职业技能培训人均补贴标准",
         mk("≤3000元/人次", "B107", "warning", row=True,
            note="3000 × 3200 = 960万, beyond the task (320) and 项目支出 (856)"), None),
        (None, None, "就业见习补贴标准", "≤1800元/人·月", None),
        ("效益指标", "社会效益指标", "见习期满留用率", "≥30%", None),
        (None, None, "拖欠农民工工资案件结案率", "≥98%", None),
        (None, "可持续影响指标", "技能人才培养长效机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "培训学员满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "杭一鸣", "房思齐", "0662-4830715")
    return b


@variant("pr15-housing-vertical-basis", (5, 10, 12), "住建 department, a vertical money block "
         "with 人员经费 + 公用经费 and project lines beside their 测算依据, tier labels with "
         "points and a range 效益指标（20-30分） (correct)")  # fmt: skip
def pr15() -> Book:
    b, s = book("Sheet1")
    top(s, year=2026, dept="岚溪县住房和城乡建设局")
    block(s, "年度预算（万元）", [
        ("支出项目", "金额", "测算依据", None, None),
        ("资金总额", wan(4500.00), None, None, None),
        ("其中：财政拨款", wan(4300.00), None, None, None),
        ("其他资金", wan(200.00), "单位自有资金", None, None),
        ("基本支出", wan(1264.80), "人员经费与公用经费合计", None, None),
        ("其中：人员经费", wan(1108.80), "在职52人、退休18人工资福利和社保缴费", None, None),
        ("公用经费", wan(156.00), "在职52人×3万元/人·年", None, None),
        ("项目支出", wan(3235.20), "以下三项合计", None, None),
        ("其中：老旧小区改造配套", wan(2450.00),
         "改造小区12个×200万元/个，另设计监理费50万元", None, None),
        ("农村危房改造补助", wan(336.00), "改造168户×户均补助2万元", None, None),
        ("工程质量安全监管", wan(449.20), "质量检测、安全巡查和扬尘在线监测运维", None, None),
    ], merge=[(4, 6)])  # fmt: skip
    goal(s, "改造老旧小区12个，完成农村低收入群体危房改造168户，在建工地扬尘在线监测覆盖率"
            "达到95%，全年不发生较大及以上建筑施工安全事故。")  # fmt: skip
    tiered(s, (*ONE, "分值"), [
        ("产出指标（50分）", "数量指标", "老旧小区改造数量", "≥12个", 10),
        (None, None, "农村低收入群体危房改造户数", "≥168户", 10),
        (None, "质量指标", "改造工程质量验收合格率", "≥98%", 10),
        (None, None, "在建工地扬尘在线监测覆盖率", "≥95%", 10),
        (None, "时效指标", "危房改造竣工时间", "2026年10月31日前", 10),
        ("成本指标（10分）", "经济成本指标", "危房改造户均补助标准", "≤2万元/户", 5),
        (None, None, "老旧小区改造单个小区配套投入", "≤200万元/个", 5),
        ("效益指标（20-30分）", "社会效益指标", "农村低收入群体住房安全保障率", pct(1), 10),
        (None, None, "较大及以上建筑施工安全事故起数", "=0起", 10),
        (None, "生态效益指标", "建筑工地扬尘投诉件数下降率", "≥10%", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "改造小区居民满意度", "≥90%", 10),
    ])  # fmt: skip
    note(s, "注：效益指标分值可在20—30分之间确定，本表取30分；各三级指标分值合计100分。")
    sign(s, "岑子墨", "鲁婉仪", "0745-3319062")
    return b


@variant("pr16-transport-yuan-in-wan", (5, 12), "交通 department, OLD-NAT with numbered tier "
         "labels and a 评分标准 column: a task amount typed in 元 in the 万元 column, a 完工时间 "
         "in the next year")  # fmt: skip
def pr16() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="蓼川市交通运输局",
        budget=[(wan(8260.00), wan(7660.00), wan(600.00), wan(1460.00), wan(6800.00))],
        tasks=[
            ("国省道大中修工程", "路面大中修和桥梁加固", wan(3850.00), "完成大中修42公里"),
            ("农村公路安防工程", "临水临崖路段护栏和标志", mk(1650000, "B110", "error",
             alt=("B102",), note="165 万元 typed in 元"), "实施安防工程120公里"),
            ("城市公交运营补贴", "城市公交线路运营补贴", wan(2785.00), "公交线路稳定运营"),
            ("金额合计", None, mk(wan(6800.00), "B102", "error", required=False,
                                  alt=("B110",)), None),
        ],
        goal="完成国省道大中修42公里，实施农村公路安防工程120公里，保障城市公交稳定运营，"
             "路网通行安全水平进一步提高。",
    )  # fmt: skip
    tiered(s, (*ONE, "评（扣）分标准"), [
        ("一、产出指标", "（一）数量指标", "国省道大中修里程", "≥42公里", "每少1公里扣0.5分"),
        (None, None, "农村公路安防工程实施里程", "≥120公里", "未完成不得分"),
        (None, "（二）质量指标", "大中修工程交工验收合格率", "≥98%", "每低1个百分点扣1分"),
        (None, "（三）时效指标", "大中修工程完工时间",
         mk("2027年6月30日前", "Y102", "error", note="beyond the budget year 2026"), None),
        (None, "（四）成本指标", "国省道大中修每公里造价", "≤90万元/公里", None),
        (None, None, "安防工程每公里造价", "≤1.3万元/公里", None),
        ("二、效益指标", "（一）社会效益指标", "国省道路面技术状况优良路率", "≥85%", None),
        (None, None, "城市公交线路运营准点率", "≥90%", None),
        (None, "（二）可持续影响指标", "公路养护管理长效机制", "健全", None),
        ("三、满意度指标", "（一）服务对象满意度指标", "公众出行满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "覃思远", "凌晓禾", "0736-7268153")
    return b


@variant("pr17-statistics-tasks-whole", (5, 12), "统计 department, tasks that include the "
         "基本运转 and add to 资金总额, not 项目支出; labels （一）产出指标 and 1、数量指标, a "
         "设定依据 column (correct)")  # fmt: skip
def pr17() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="芦湾县统计局", filled=day(2025, 11, 14),
        budget=[(wan(486.30), wan(486.30), wan(0), wan(352.10), wan(134.20))],
        tasks=[
            ("部门基本运转", "人员工资福利和机关运转", wan(352.10), "保障机关正常运转"),
            ("统计调查与监测", "农业、工业和服务业统计调查", wan(78.20), "调查样本480家"),
            ("第四次全国农业普查", "普查员入户登记和数据审核", wan(56.00), "登记2.6万户"),
            ("金额合计", None, wan(486.30), None),
        ],
        goal="完成第四次全国农业普查入户登记2.6万户，统计调查样本单位480家，"
             "统计报表按时报送，统计数据质量和服务决策水平稳步提高。",
    )  # fmt: skip
    tiered(s, (*ONE, "指标值设定依据"), [
        ("（一）产出指标", "1、数量指标", "农业普查入户登记户数", "≥2.6万户", "计划标准"),
        (None, None, "统计调查样本单位数", "≥480家", "计划标准"),
        (None, "2、质量指标", "统计数据审核差错率", "≤0.8%", "历史标准"),
        (None, "3、时效指标", "统计报表按时报送率", "≥99%", "行业标准"),
        ("（二）成本指标", "1、经济成本指标", "普查员入户登记补助标准", "≤18元/户", "计划标准"),
        ("（三）效益指标", "1、社会效益指标", "统计数据服务党政决策", "有效", "其他标准"),
        (None, "2、可持续影响指标", "统计数据质量责任制", "健全", "其他标准"),
        ("（四）满意度指标", "1、服务对象满意度指标", "统计数据使用者满意度", "≥88%",
         "历史标准"),
    ])  # fmt: skip
    note(s, "注：年度主要任务含部门基本运转，金额合计等于资金总额。")
    sign(s, "骆景行", "邬若芸", "0716-4417382")
    return b


@variant("pr18-archives-year-and-yuan", (12,), "档案 department: a 预算年度 2025 under a 2026 "
         "title, tasks in 元 (a 元 header and 元 formats) beside a budget in 万元")  # fmt: skip
def pr18() -> Book:
    b, s = book("Sheet1")
    s.title(mk("2026年度部门整体支出绩效目标表", "Y101", "error", required=False), 6)
    s.row("部门（单位）名称", "梅岗市档案馆", None, "预算年度",
          mk("2025年", "Y101", "error", row=True, note="the title says 2026"), None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("填报日期", day(2025, 12, 1), None, "联系电话", "0758-6672041", merge=[(2, 3), (5, 6)])
    block(s, "年度预算（万元）", [
        ("资金总额", "财政拨款", "其他资金", "基本支出", "项目支出"),
        (wan(538.00), wan(538.00), wan(0), wan(392.00), wan(146.00)),
    ])  # fmt: skip
    unit = ("B102", "B110")
    block(s, "年度主要任务", [
        ("任务名称", "主要实施内容",
         mk("预算金额（元）", "B105", "error", alt=unit, note="元 beside a 万元 budget"),
         "期望达到的目标", None),
        ("档案数字化加工", "馆藏文书档案扫描著录", money(820000, YUAN), "加工100万页", None),
        ("档案征集", "散存档案和口述史料征集", money(280000, YUAN), "征集档案500件", None),
        ("库房安防改造", "库房监控和门禁系统升级", money(360000, YUAN), "安防全覆盖", None),
        ("金额合计", None, mk(money(1460000, YUAN), "B105", "error", required=False,
                              alt=unit), None, None),
    ], merge=[(5, 6)])  # fmt: skip
    goal(s, "完成档案数字化加工100万页，征集档案资料500件，库房安防系统升级全覆盖，"
            "档案安全零事故。")  # fmt: skip
    tiered(s, (*ONE, "计量单位"), [
        ("产出指标", "数量指标", "档案数字化加工页数", "≥100", "万页"),
        (None, None, "征集档案资料件数", "≥500", "件"),
        (None, "质量指标", "数字化成果质检合格率", "≥99", "%"),
        (None, "时效指标", "征集档案入库整理时限", "≤30", "个工作日"),
        (None, "成本指标", "数字化加工单价", "≤0.8", "元/页"),
        ("效益指标", "社会效益指标", "档案安全事故", "=0", "起"),
        (None, "可持续影响指标", "库房安防系统运行", "稳定", None),
        ("满意度指标", "服务对象满意度指标", "档案利用者满意度", "≥90", "%"),
    ])  # fmt: skip
    sign(s, "鄢晨曦", "古明远", "0758-6672041")
    return b
