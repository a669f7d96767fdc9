"""Forestry and grassland (林业和草原局): forest fire prevention, a grassland transfer-payment
区域绩效目标表, a department table, afforestation pasted from a PDF and an afforestation
subsidy in 元. Each return says whether it is correct."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout42.forms import down, notes, sign_off, title_at, wide
from tests.variants.holdout42.registry import variant
from tests.variants.kit import WAN, YUAN, Book, day, mk, money, ok, pct

OP7 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "指标方向")


@variant("iz07-forest-fire-columns-ok", (11, 1), "project, NAT-2021, operator, unit, direction")
def iz07() -> Book:
    """Correct: 比较符, 计量单位 and 指标方向 in their own columns; 受害率 ≤0.9‰ (反向), a
    zero cap on major fires, a percent cell with % also in the unit column."""
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 8, 12, 10, 10))
    project_head(
        s, year=2026, name="森林草原防灭火专项经费", dept="柘源县林业和草原局 402",
        unit="柘源县森林消防大队", attr="常年项目",
        money=[("年度资金总额", money(420, WAN), "其中：财政拨款", money(400, WAN)),
               ("其他资金", money(20, WAN), None, None)],
        goals=["组建专业扑火队伍120人，新建生物防火隔离带45公里，防火宣传覆盖210个行政村，"
               "森林火灾受害率控制在0.9‰以内，不发生重大森林火灾。"],
    )  # fmt: skip
    s.row(*OP7)
    s.table(
        [
            ("产出指标", "数量指标", "专业扑火队伍人数", "≥", 120, "人", "正向"),
            (None, None, "新建生物防火隔离带", "≥", 45, "公里", "正向"),
            (None, None, "防火宣传覆盖行政村", "≥", 210, "个", "正向"),
            (None, "质量指标", "火情监测设备完好率", "≥", pct(0.95), "%", "正向"),
            (None, "时效指标", "火情发现后到场响应时间", "≤", 30, "分钟", "反向"),
            (None, None, "当日火情当日扑灭率", "≥", 95, "%", "正向"),
            ("成本指标", "经济成本指标", "防火物资采购成本", "≤", 186, "万元", "反向"),
            ("效益指标", "社会效益指标", "重大森林火灾发生起数", "≤", 0, "起", "反向"),
            (None, "生态效益指标", "森林火灾受害率", "≤", 0.9, "‰", "反向"),
            (None, "可持续影响指标", "防火网格化管理机制", None, "健全", None, "定性"),
            ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥", 90, "%", "正向"),
        ],
        merged=(1, 2),
    )
    sign_off(s, who="彭小雨", checker="段伟", phone="0718-3362051", filled=day(2025, 11, 26))
    return b


@variant("iz08-forest-fire-inline", (11, 1), "project, OLD-NAT, operators inside the values")
def iz08() -> Book:
    """Wrong: 受害率 with ≥ (反向); a 培训覆盖率 of 120 %; a response time typed ``≥≤30分钟``."""
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 28, 18, 18, 14))
    project_head(
        s, year=2026, name="森林防火视频监控及扑火队伍建设", dept="雁湖区林业局 118",
        unit="雁湖区林业局", attr="延续项目",
        money=[("年度资金总额", money(260), "其中：财政拨款", money(240)),
               ("其他资金", money(20), None, None)],
        goals=["新增森林防火视频监控点12个，培训扑火队员86人，森林火灾受害率控制在0.9‰以内。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "扑火队员培训人数", "≥86人"),
            (None, None, "新增视频监控点", "≥12个"),
            (None, None, "扑火队员培训覆盖率", mk("≥120%", "T106", "error")),
            (None, "质量指标", "监控设备在线率", "≥95%"),
            (None, "时效指标", "火情处置响应时间", mk("≥≤30分钟", "T116", "warning")),
            (None, "成本指标", "视频监控点建设单价", "≤8万元/个"),
            ("效益指标", "社会效益指标", "林区群众防火意识", "明显提高"),
            (None, "生态效益指标", "森林火灾受害率", mk("≥0.9‰", "T108", "warning", row=True)),
            (None, None, "森林覆盖率", "≥58.6%"),
            (None, "可持续影响指标", "森林防火责任体系", "健全"),
            ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b


@variant("iz09-grassland-regional-ok", (12, 4), "transfer-payment 区域绩效目标表, OLD-NAT, notes")
def iz09() -> Book:
    """Correct: 中央补助 + 地方资金 = 总额; subsidy standards per 亩 times their areas equal
    the central money (written as fixed standards, without an operator); numbered goals;
    core indicators marked ★; 填报说明 and signature lines under the table."""
    b = Book()
    s = b.sheet("区域绩效目标表", (18, 18, 30, 18, 16))
    title_at(s, "2026年度草原生态保护补助奖励资金区域绩效目标表", 1, 5)
    wide(s, "转移支付（项目）名称", "草原生态保护补助奖励资金", 1, 5)
    s.row("省级主管部门", "省林业和草原局", None, "地方主管部门", "祁岚县林业和草原局",
          merge=[(2, 3)])  # fmt: skip
    top = s.row("资金情况（万元）", "年度资金总额", money(1620, WAN))
    s.row(None, "其中：中央补助", money(1400, WAN))
    s.row(None, "      地方资金", money(220, WAN))
    down(s, 1, top, s.r)
    wide(s, "年度总体目标", "目标1：落实禁牧面积120万亩、草畜平衡面积200万亩，补助奖励资金足额"
         "发放到户；目标2：草原综合植被盖度稳定在48.5%以上；目标3：草原违法案件全部查处。",
         1, 5)  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "★禁牧面积", "≥120万亩"),
            (None, None, "★草畜平衡面积", "≥200万亩"),
            (None, None, "补助奖励发放农牧户", "≥5600户"),
            (None, "质量指标", "补助奖励资金发放准确率", pct(1)),
            (None, None, "禁牧区监管巡查覆盖率", "≥95%"),
            (None, "时效指标", "补助奖励资金兑付到户时间", "2026年10月31日前"),
            (None, "成本指标", "禁牧补助标准",
             ok("7.5元/亩", "warning", note="a fixed subsidy standard: = is meant")),
            (None, None, "草畜平衡奖励标准",
             ok("2.5元/亩", "warning", note="a fixed subsidy standard: = is meant")),
            ("效益指标", "经济效益指标", "户均草原补奖收入", "≥2400元/户"),
            (None, "社会效益指标", "草原违法案件查处率", pct(1)),
            (None, "生态效益指标", "★草原综合植被盖度", "≥48.5%"),
            (None, "可持续影响指标", "草原承包经营制度", "持续巩固"),
            ("满意度指标", "服务对象满意度指标", "农牧民满意度", "≥90%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    notes(s, ["填报说明：1. 资金情况按中央补助和地方资金分别填列；",
              "2. 禁牧补助7.5元/亩、草畜平衡奖励2.5元/亩为中央规定标准；",
              "3. 标★的为核心指标，不得删除。"], 1, 5)  # fmt: skip
    sign_off(s, who="马兰", checker="韦振华", phone="0937-4410826", filled=day(2026, 3, 10))
    return b


@variant("iz10-forestry-department-ok", (12,), "department, NAT-2021, budget with key tasks")
def iz10() -> Book:
    """Correct: 资金总额 = 财政拨款 + 其他资金 = 基本支出 + 项目支出, the tasks add up to
    项目支出; 成灾率 ≤3‰; a spring planting deadline; a 盖度 typed as 52.5% (``0.0%``) and
    a qualitative ``逐步改善``."""
    b = Book()
    s = b.sheet("部门整体支出绩效目标", (16, 20, 30, 18, 18, 18))
    department_head(
        s, year=2026, dept="麓川县林业和草原局",
        budget=[(money(2860.5, WAN), money(2710.5, WAN), money(150, WAN), money(1320.5, WAN),
                 money(1540, WAN))],
        tasks=[("森林资源管护", "生态护林员聘用、林草资源巡护", money(680, WAN),
                "森林资源不减少、质量有提高"),
               ("国土绿化", "人工造林1.5万亩、森林抚育3万亩", money(520, WAN),
                "森林覆盖率稳定在63.2%以上"),
               ("森林草原防灭火", "防火物资储备、队伍训练、宣传", money(340, WAN),
                "森林火灾受害率控制在0.9‰以内"),
               ("金额合计", None, money(1540, WAN), None)],
        goal="全面推行林长制，完成人工造林1.5万亩、森林抚育3万亩，森林覆盖率稳定在63.2%以上，"
             "草原综合植被盖度达到52.5%，林业有害生物成灾率控制在3‰以内。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "年度指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "完成人工造林", "≥1.5万亩"),
            (None, None, "森林抚育", "≥3万亩"),
            (None, None, "选聘生态护林员", "≥420人"),
            (None, "质量指标", "造林成活率", "≥85%"),
            (None, None, "林业有害生物成灾率", "≤3‰"),
            (None, "时效指标", "春季造林任务完成时间", "2026年4月30日前"),
            ("成本指标", "经济成本指标", "人工造林补助标准", "≤300元/亩"),
            ("效益指标", "生态效益指标", "森林覆盖率", "≥63.2%"),
            (None, None, "草原综合植被盖度", pct(0.525, "0.0%")),
            (None, None, "森林蓄积量", "≥1260万立方米"),
            (None, "社会效益指标", "林下经济带动农户就业", "≥1500人"),
            (None, "可持续影响指标", "林长制责任体系", "健全"),
            (None, None, "林草生态系统稳定性", "逐步改善"),
            ("满意度指标", "服务对象满意度指标", "林农满意度", pct(0.9)),
        ],
        merged=(1, 2),
    )
    return b


@variant("iz11-afforestation-pdf", (9, 6), "project, NAT-2021, pasted from a PDF, detail lines")
def iz11() -> Book:
    """Wrong: the total pasted with a space inside (``1205.337 6``), a detail amount pasted
    twice (``620万620万``), the 社会成本指标 template row left empty."""
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 20, 18, 16))
    s.title("2026年度项目支出绩效目标表", 6)
    wide(s, "项目名称", "国土绿化示范项目", 1, 6)
    s.row("主管部门", "柘源县林业和草原局", None, "实施单位", "柘源县国有林场", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("项目期", "1年", "计划开始日期", day(2026, 1, 1), "计划完成日期", day(2026, 12, 31))
    s.row(
        "年度资金总额（万元）",
        mk("1205.337 6", "X105", "warning", alt=("X103",)),
        "其中：财政拨款",
        money(1000, "0.0000"),
        "其他资金",
        money(205.3376, "0.0000"),
    )
    wide(s, "年度绩效目标", "新造林8600亩，修复退化林4200亩，造林成活率85%以上，项目区森林"
         "覆盖率提高0.4个百分点。", 1, 6)  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "新造林面积", "≥8600亩"),
            (None, None, "退化林修复面积", "≥4200亩"),
            (None, "质量指标", "造林成活率", "≥85%"),
            (None, None, "苗木检验检疫合格率", "100%"),
            (None, "时效指标", "造林任务完成时间", "2026年5月31日前"),
            ("成本指标", "经济成本指标", "新造林亩均成本", "≤850元/亩"),
            (None, mk("社会成本指标", "F109", "warning", row=True), None, None),
            ("效益指标", "生态效益指标", "项目区森林覆盖率提高", "≥0.4个百分点"),
            (None, "社会效益指标", "带动当地群众务工", "≥620人次"),
            (None, "可持续影响指标", "造林地管护期", "≥3年"),
            ("满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥90%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    s.skip()
    s.row("资金测算明细", "支出内容", "金额（万元）", "测算依据", merge=[(4, 6)])
    top = s.r
    s.row(None, "苗木采购", mk("620万620万", "X106", "error", alt=("B108",)),
          "8600亩×每亩苗木约720元", merge=[(4, 6)])  # fmt: skip
    s.row(None, "整地栽植及抚育", money(458.2, "0.0000"), "按施工预算", merge=[(4, 6)])
    s.row(None, "设计监理及验收", money(127.1376, "0.0000"), "按合同", merge=[(4, 6)])
    s.row(None, "合计", money(1205.3376, "0.0000"), None, merge=[(4, 6)])
    down(s, 1, top, s.r)
    b.file_mark("B102", "error", required=False, note="lines off only through the double paste")
    return b


@variant("iz12-afforestation-subsidy-yuan-ok", (12, 1), "project in 元, NAT-2021, subsidy lines")
def iz12() -> Book:
    """Correct: money in 元 throughout; each standard per 亩 times its own area equals its
    detail line, and the lines add up to the total (equal is not over)."""
    b = Book()
    s = b.sheet("绩效目标表", (16, 18, 30, 20, 18, 18))
    project_head(
        s, year=2026, name="造林及森林抚育补助", dept="祁岚县林业和草原局 506",
        unit="祁岚县林业和草原局", attr="延续项目", money_label="项目资金（元）",
        money=[("年度资金总额", money(2700000, YUAN), "其中：财政拨款", money(2700000, YUAN)),
               ("其他资金", money(0, YUAN), None, None)],
        goals=["对新造林3000亩按每亩500元、森林抚育6000亩按每亩200元给予补助，造林成活率85%"
               "以上，补助资金年底前兑付到造林主体。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "人工造林补助面积", "≥3000亩"),
            (None, None, "森林抚育补助面积", "≥6000亩"),
            (None, "质量指标", "造林成活率", "≥85%"),
            (None, None, "抚育作业检查验收合格率", "≥95%"),
            (None, "时效指标", "补助资金兑付时间", "2026年12月20日前"),
            ("成本指标", "经济成本指标", "人工造林补助标准", "≤500元/亩"),
            (None, None, "森林抚育补助标准", "≤200元/亩"),
            ("效益指标", "生态效益指标", "森林覆盖率提高", "≥0.2个百分点"),
            (None, "社会效益指标", "带动农户务工", "≥350人次"),
            (None, "可持续影响指标", "造林地管护责任落实率", pct(1)),
            ("满意度指标", "服务对象满意度指标", "造林主体满意度", "不低于90%"),
        ],
        merged=(1, 2),
    )
    s.skip()
    s.row("资金测算", "补助内容", "面积（亩）", "标准（元/亩）", "金额（元）")
    top = s.r
    s.row(None, "人工造林补助", 3000, 500, money(1500000, YUAN))
    s.row(None, "森林抚育补助", 6000, 200, money(1200000, YUAN))
    s.row(None, "合计", 9000, None, money(2700000, YUAN))
    down(s, 1, top, s.r)
    sign_off(s, who="杨帆", checker="石永刚", phone="0937-4412290", filled=day(2025, 11, 5))
    return b
