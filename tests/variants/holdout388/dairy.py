"""Camel dairy: milk collection, cold chain, processing (wh07–wh12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout388.common import YEAR, indicators, note, one_year, signature, start
from tests.variants.holdout388.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

PT_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
GOAL = "建设驼乳收购站2处，年收购生鲜驼乳600吨，带动养驼户增收。"


@variant("wh07-milk-points", (10,), "project, NAT-2021, a score for each tier-1 and for each "
         "indicator, both adding to 100, a conversion rate raised in 百分点 (correct)")  # fmt: skip
def wh07() -> Book:
    b, s = start("绩效目标")
    project_head(
        s,
        year=YEAR,
        name="驼乳收购站建设项目",
        dept="驼泉县农业农村局（305）",
        unit="额仁滩镇驼乳专业合作联社",
        money=one_year(150, 120, 30),
        goals=[GOAL],
    )
    indicators(s, [
        ("产出指标", 40, "数量指标", "生鲜驼乳收购量", "≥600吨", 10),
        (None, None, None, "入网养驼合作社数量", "≥8家", 10),
        (None, None, "质量指标", "生鲜驼乳抽检合格率", pct(0.98), 10),
        (None, None, "时效指标", "收购款结算及时率", "≥95%", 10),
        ("成本指标", 10, "经济成本指标", "驼乳冷藏罐购置单价", "≤3.5万元/台", 10),
        ("效益指标", 30, "经济效益指标", "驼乳加工转化率提高", "≥5百分点", 15),
        (None, None, "社会效益指标", "带动养驼户户均增收", "≥3000元", 15),
        ("满意度指标", 20, "服务对象满意度指标", "养驼户满意度", "≥90%", 10),
        (None, None, None, "收购企业满意度", "≥85%", 10),
    ], head=PT_HEAD, merged=(1, 2, 3))  # fmt: skip
    note(s, "注：一级指标分值为其下三级指标分值之和，两级分值各自合计100分，不重复计分。")
    signature(s, "萨仁", "0937-6631058")
    return b


@variant("wh08-milk-points-wrong", (10,), "project, NAT-2021, tier-1 and indicator scores: the "
         "产出 indicators add to 35 against 40, a transport time limit given as 100%")  # fmt: skip
def wh08() -> Book:
    b, s = start("绩效目标")
    project_head(s, year=YEAR, name="驼乳冷链运输体系建设项目", dept="驼泉县商务局（331）",
                 unit="驼泉县供销合作社", money=one_year(96, 80, 16),
                 goals=["购置冷藏运输车4辆，建成驼乳收购点至加工厂冷链线路3条。"])  # fmt: skip
    tier = mk(40, "W103", "error", note="产出指标下各指标分值 10+10+5+10 = 35，不是40")
    limit = mk(pct(1), "T113", "warning", note="时限类指标应写≤N小时，不是百分比")
    indicators(s, [
        ("产出指标", tier, "数量指标", "冷藏运输车购置数量", "≥4辆", 10),
        (None, None, None, "冷链运输线路数量", "≥3条", 10),
        (None, None, "质量指标", "运输途中驼乳温度达标率", "≥98%", 5),
        (None, None, "时效指标", "驼乳收购至入厂运输时限", limit, 10),
        ("成本指标", 10, "经济成本指标", "冷藏运输车购置单价", "≤18万元/辆", 10),
        ("效益指标", 30, "经济效益指标", "驼乳运输损耗率", "≤1.5%", 15),
        (None, None, "社会效益指标", "冷链覆盖收购点数量", "≥12个", 15),
        ("满意度指标", 20, "服务对象满意度指标", "养驼户满意度", "≥90%", 20),
    ], head=PT_HEAD, merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="同一差额使指标分值合计为95，可容忍")
    signature(s, "朝鲁", "0937-6631274")
    return b


@variant("wh09-powder-labels", (5,), "project, NAT-2021, tier labels numbered with points, "
         "marked with * and ★ and abbreviated (数量, 质量) (correct)")  # fmt: skip
def wh09() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="驼乳粉加工车间技术改造项目",
                 dept="驼泉县工业和信息化局（329）",
                 unit="驼泉县驼源乳业有限公司", money=one_year(210, 150, 60),
                 goals=["改造喷雾干燥生产线1条，年产驼乳粉80吨，产品全部检验合格。"])  # fmt: skip
    indicators(s, [
        ("一、产出指标（40分）", "（一）数量", "驼乳粉年产量", "≥80吨"),
        (None, None, "改造喷雾干燥生产线", "=1条"),
        (None, "（二）质量", "驼乳粉出厂检验合格率", "=100%"),
        (None, "（三）时效", "技改完成时间", "9月30日前"),
        ("二、成本指标（10分）", "1.经济成本指标", "生产线改造投资", "≤210万元"),
        ("三、效益指标（30分）", "*经济效益指标", "驼乳粉销售收入", "≥1600万元"),
        (None, "*社会效益指标", "带动养驼户数量", "≥260户"),
        ("四、满意度指标（20分）", "★服务对象满意度", "供奶养驼户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "格日勒", "0937-6633480")
    return b


@variant("wh10-yogurt-wrong-parent", (5,), "project, NAT-2021, numbered labels: a 质量指标 "
         "block under 效益指标, a pass rate under 时效指标")  # fmt: skip
def wh10() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="驼乳酸奶小作坊规范提升项目",
                 dept="驼泉县市场监督管理局（335）",
                 unit="额仁滩镇人民政府", money=one_year(38, 30, 8),
                 goals=["规范提升驼乳酸奶小作坊15家，全部取得小作坊登记证。"])  # fmt: skip
    indicators(s, [
        ("一、产出指标", "（一）数量指标", "规范提升小作坊数量", "≥15家"),
        (None, "（二）时效指标", "改造完成时间", "10月31日前"),
        (None, None, mk("驼乳酸奶抽检合格率", "F201", "warning", row=True, note="合格率属质量指标"),
         "≥98%"),
        ("二、成本指标", "（一）经济成本指标", "单家作坊改造补助", "≤2万元/家"),
        ("三、效益指标", mk("（二）质量指标", "F105", "error", note="质量指标属产出指标"),
         "小作坊登记证取得率", "=100%"),
        (None, "（三）社会效益指标", "新增就业岗位", "≥30个"),
        ("四、满意度指标", "（一）服务对象满意度指标", "消费者满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "娜仁", "0937-6633912")
    return b


@variant("wh11-milk-notes", (4, 7), "project, OLD-NAT, headers 指标内容 and 绩效标准, a note "
         "row between tiers, 说明 and 填表说明 lines, signatures dated the year "
         "before (correct)")  # fmt: skip
def wh11() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="驼乳质量安全检测能力提升项目",
                 dept="驼泉县市场监督管理局（335）", unit="驼泉县检验检测中心",
                 money=one_year(58, 58, 0),
                 goals=["购置驼乳快检设备，年检测生鲜驼乳样品1200批次。"])  # fmt: skip
    head = ("一级指标", "二级指标", "指标内容", "绩效标准")
    indicators(s, [
        ("产出指标", "数量指标", "生鲜驼乳检测批次", "≥1200批次"),
        (None, None, "快检设备购置数量", "≥6台"),
        (None, "质量指标", "检测结果复核符合率", "≥99%"),
        (None, "时效指标", "常规项目出具报告时限", "≤3个工作日"),
        (None, "成本指标", "快检设备单台购置价格", "≤8万元/台"),
    ], head=head)  # fmt: skip
    note(s, "注：以下效益、满意度指标由项目单位在年末自评时对照填写。")
    s.table([
        ("效益指标", "社会效益指标", "驼乳质量安全事件发生", "0起"),
        (None, "可持续影响指标", "检测设备年度运行率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "送检企业满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    note(s, "说明：指标值中的“≥”表示不低于，“≤”表示不高于。")
    note(s, "填表说明：一级、二级指标按省级模板填写，三级指标由项目单位自行设定。")
    signature(s, "苏和", "0937-6634025", day(YEAR - 1, 11, 28))
    return b


@variant("wh12-milk-second-sheet", (7, 9), "project: head and detail lines on the first sheet "
         "(one amount split by a space), the table on a second sheet under 预期实现值, a unit cost "
         "rounded to 0")  # fmt: skip
def wh12() -> Book:
    b, s = start("项目信息")
    project_head(s, year=YEAR, name="驼乳收购点冷链设备配置项目", dept="驼泉县农业农村局（305）",
                 unit="苦水沟镇驼乳收购站", money=one_year(60, 50, 10),
                 goals=["配置冷链设备，收购点驼乳两小时内降温至4℃以下。"])  # fmt: skip
    s.row("资金明细", "冷藏运输车", mk("36.5 8", "X105", "warning", alt=("X103",),
                                       note="PDF转换时数字断开，应读作36.58"))  # fmt: skip
    s.row(None, "驼乳快检设备", money(13.42))
    s.row(None, "技术培训", money(10))
    s.row(None, "合计", money(60))
    s.ws.merge_cells(start_row=s.r - 3, start_column=1, end_row=s.r, end_column=1)
    t = b.sheet("绩效指标")
    zero = mk("≤0万元/吨", "T115", "error", note="单位成本按万元取整成了0，应为元/吨")
    indicators(t, [
        ("产出指标", "数量指标", "冷藏运输车配置数量", "≥1辆"),
        (None, None, "收购点直冷罐配置数量", "≥4台"),
        (None, "质量指标", "驼乳入罐温度达标率", "≥98%"),
        (None, "时效指标", "设备安装调试完成时间", "8月31日前"),
        (None, "成本指标", "驼乳冷链配送单位成本", zero),
        ("效益指标", "经济效益指标", "驼乳收购价格提高", "≥0.5元/公斤"),
        ("满意度指标", "服务对象满意度指标", "交售养驼户满意度", "≥90%"),
    ], head=("一级指标", "二级指标", "三级指标", "预期实现值"))  # fmt: skip
    signature(t, "额尔敦", "0937-6635160")
    return b
