"""Returns uy07–uy12: water pressure tests and fire water tanks (消防水池)."""

from __future__ import annotations

from tests.variants.holdout353.common import (
    HEAD,
    Y,
    indicators,
    notes,
    one_year,
    project,
    sign,
    start,
    wan,
)
from tests.variants.holdout353.registry import variant
from tests.variants.kit import Book, day, mk


@variant("uy07-footnotes", (4,), "project, OLD-NAT, header 预期目标; a 注 row inside the table, "
         "footnotes, 填表说明, signature and date lines below (correct)")  # fmt: skip
def uy07() -> Book:
    b, s = start()
    project(s, "市政管网消防供水压力测试", "栖岩县城市供水服务中心", one_year(26, 26, 0),
            ["对城区管网开展消防供水压力测试，形成压力分布图。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "压力测试点位数量", "≥240个"),
        (None, None, "测试报告", "≥4份"),
        (None, "质量指标", "测试点压力达标率", "≥90%"),
        ("注：达标指静压不低于0.14MPa，以供水中心测试记录为准", None, None, None),
        (None, "时效指标", "测试报告报送时间", "≤12月15日"),
        (None, "成本指标", "单点测试费用", "≤800元/个"),
        ("效益指标", "社会效益指标", "低压片区整改建议采纳率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "消防救援大队满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：1.压力测试在用水高峰和低谷各测一次；",
          "2.项目资金26万元含仪器租赁8万元和人工费18万元。",
          "填表说明：指标值请注明比较符和计量单位。")  # fmt: skip
    sign(s, "庞若溪", "0766-3831206")
    s.row("单位负责人（签字）：", None, "葛晓帆", None, "日期：", day(Y - 1, 11, 20))
    return b


@variant("uy08-template-rows", (4, 6, 13), "project, OLD-NAT, 说明 row under the header; a "
         "tier-2 left from the template and a value without a name")  # fmt: skip
def uy08() -> Book:
    b, s = start()
    project(s, "消防水池清淤及补水设施维修", "栖岩县消防救援大队禾埠站", one_year(38, 30, 8),
            ["清淤农村消防水池24座，维修补水设施。"])  # fmt: skip
    indicators(s, HEAD, [
        ("说明：指标值须含比较符和单位", None, None, None),
        ("产出指标", "数量指标", "清淤消防水池数量", "≥24座"),
        (None, "质量指标", mk(None, "F110", "error", note="≥95% with no indicator name"),
         "≥95%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="template tier-2, no indicator"),
         None, None),
        (None, "成本指标", "单座水池清淤费用", "≤1.2万元/座"),
        ("效益指标", "社会效益指标", "农村消防水池可用率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


POINTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("uy09-points-labels", (5, 10), "project, NAT-2021, numbered tier labels with points, a "
         "tier score column and indicator scores, a rate raised in 百分点 (correct)")  # fmt: skip
def uy09() -> Book:
    b, s = start()
    project(s, "消防水池水位远程监测", "栖岩县消防救援大队", one_year(52, 52, 0),
            ["为全县36座消防水池安装水位远程监测，水池满水率提高5个百分点。"])  # fmt: skip
    indicators(s, POINTS, [
        ("一、成本指标（10分）", 10, "（一）经济成本指标", "单座监测改造费用", "≤1.4万元/座", 10),
        ("二、产出指标（50分）", 50, "（一）数量指标", "安装水位监测装置", "≥36套", 20),
        (None, None, "（二）质量指标", "监测数据上传成功率", "≥98%", 15),
        (None, None, "（三）时效指标", "安装调试完成时间", "≤9月30日", 15),
        ("三、效益指标（30分）", 30, "（一）社会效益指标", "消防水池满水率", "提高≥5百分点", 20),
        (None, None, "（二）可持续影响指标", "监测平台运行年限", "≥5年", 10),
        ("四、满意度指标（10分）", 10, "（一）服务对象满意度指标", "消防站指战员满意度", "≥90%",
         10),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：一级指标分值合计100分，三级指标分值合计100分，两者为同一口径。")
    return b


@variant("uy10-points-wrong", (5, 10), "project, NAT-2021, tier score column: the 产出 indicator "
         "scores add to 45 against 50, a 时效 tier-2 under 效益")  # fmt: skip
def uy10() -> Book:
    b, s = start()
    project(s, "微型消防站取水设施配置", "栖岩县消防救援大队梧塘站", one_year(40, 32, 8),
            ["为12个微型消防站配置手抬机动泵和取水设施。"])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the indicator points then add to 95")
    tier = mk(50, "W103", "error", note="20 + 15 + 10 = 45 ≠ 50")
    wrong = mk("时效指标", "F105", "error", note="时效指标 belongs to 产出指标, not 效益指标")
    indicators(s, POINTS, [
        ("成本指标", 10, "经济成本指标", "每站取水设施配置费用", "≤3.3万元/站", 10),
        ("产出指标", tier, "数量指标", "配置手抬机动泵", "≥12台", 20),
        (None, None, "质量指标", "设备验收合格率", "=100%", 15),
        (None, None, None, "吸水管配套率", "≥95%", 10),
        ("效益指标", 30, "社会效益指标", "微型站自主取水出水时间", "≤5分钟", 20),
        (None, None, wrong, "设备到位及时率", "≥95%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "微型站队员满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("uy11-second-sheet", (7,), "project: head on the first sheet, the indicator table on "
         "a second sheet under a two-row header 指标内容 / 绩效标准 (correct)")  # fmt: skip
def uy11() -> Book:
    b, s = start("项目信息")
    project(s, "高层建筑室内消火栓水压抽检", "栖岩县消防救援大队城关站", one_year(15, 15, 0),
            ["抽检高层建筑室内消火栓末端水压，督促整改不达标建筑。"])  # fmt: skip
    t = b.sheet("绩效指标")
    t.title(f"{Y}年度项目绩效指标", 4)
    t.row("绩效指标", None, None, None, merge=[(1, 4)])
    indicators(t, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "抽检高层建筑", "≥60栋"),
        (None, "质量指标", "抽检末端压力记录完整率", "≥95%"),
        (None, "时效指标", "整改通知书送达时限", "≤5个工作日"),
        (None, "成本指标", "每栋抽检费用", "≤2500元/栋"),
        ("效益指标", "社会效益指标", "不达标建筑整改率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "物业服务企业满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("uy12-multi-year-wrong", (8,), "two-year project, NAT-2021, 中期 and 年度 columns: "
         "an annual count above its period count, a count copied, goal text copied")  # fmt: skip
def uy12() -> Book:
    b, s = start()
    goal = "两年新建消防水池20座，改造消火栓300个，农村火场供水覆盖率达到90%。"
    money = [("中期资金总额", wan(260), "年度资金总额", wan(130)),
             ("其中：财政拨款", wan(220), "其中：财政拨款", wan(110)),
             ("其他资金", wan(40), "其他资金", wan(20))]  # fmt: skip
    project(s, "农村消防水池及消火栓建设", "栖岩县应急管理局", money,
            [goal, mk(goal, "D204", "warning", note="年度目标 copied from 中期目标")],
            years=2, attr="新增项目")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("成本指标", "经济成本指标", "单座消防水池建设费用", "≤8万元/座",
         mk("≤8万元/座", "B107", "warning", row=True, required=False,
            note="8 × the wrong annual 24 exceeds 130: a consequence of the D201 row")),
        ("产出指标", "数量指标", "新建消防水池", "≥20座",
         mk("≥24座", "D201", "error", note="annual 24 above the two-year 20")),
        (None, None, "改造消火栓", "≥300个",
         mk("≥300个", "D202", "warning", note="a cumulative count copied from the 中期 column")),
        (None, "质量指标", "工程验收合格率", "=100%", "=100%"),
        ("效益指标", "社会效益指标", "农村火场供水覆盖率", "≥90%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
