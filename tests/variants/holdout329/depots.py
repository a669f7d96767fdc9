"""Returns ua07–ua12: smart upgrading of grain depots and grain quality and safety testing
(粮库智能化升级, 粮食质量安全检测)."""

from __future__ import annotations

from tests.variants.holdout329.common import HEAD4, YEAR, book, funds, funds_two, project, table
from tests.variants.holdout329.registry import variant
from tests.variants.kit import Book, day, mk, pct

TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
POINTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("ua07-depot-two-years", (8,),
         "two-year project, OLD-NAT, 中期 and 年度 value columns: counts smaller in the "
         "year, rates and unit costs equal, typed percent cells, a change in 百分点 "
         "(correct)")  # fmt: skip
def ua07() -> Book:
    b, s = book()
    project(s, name="栖梧市市级储备库智能化升级改造", dept="栖梧市粮食和物资储备局（102）",
            unit="栖梧市第二粮食储备库", money=funds_two((980, 900, 80), (560, 520, 40)),
            years=2, attr="新增项目",
            goals=["两年内完成24栋仓房智能化改造，建成粮情在线监测和远程监管平台。",
                   f"{YEAR}年完成14栋仓房智能化改造，监管平台一期上线运行。"])  # fmt: skip
    table(s, TWO, [
        ("产出指标", "数量指标", "智能化改造仓房数量", "≥24栋", "≥14栋"),
        (None, None, "安装粮情测控点数", "≥4800个", "≥2800个"),
        (None, "质量指标", "改造工程验收合格率", pct(1), pct(1)),
        (None, "时效指标", "改造工程完工时间", f"{YEAR + 1}年12月31日前",
         f"{YEAR}年12月31日前"),
        (None, "成本指标", "单栋仓房智能化改造成本", "≤38万元/栋", "≤38万元/栋"),
        ("效益指标", "经济效益指标", "储备粮保管损耗率较改造前降低", "≥0.1百分点",
         "≥0.1百分点"),
        (None, "可持续影响指标", "粮情测控系统在线率", "≥98%", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "库点保管员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ua08-testing-three-years-copied", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 value columns: two cumulative counts "
         "copied into the year, one annual count above its period count")  # fmt: skip
def ua08() -> Book:
    b, s = book()
    project(s, name="澄岭县粮食质量安全检验监测能力建设", dept="澄岭县粮食和物资储备局（317）",
            unit="澄岭县粮油质量检验站", money=funds_two((450, 420, 30), (150, 140, 10)),
            years=3, attr="新增项目",
            goals=["三年内建成覆盖全县收储库点的粮食质量安全检验监测体系。",
                   f"{YEAR}年完成检验室设备更新一期，开展收获期和库存粮食质量监测。"])  # fmt: skip
    samples = mk("≥1800份", "D202", "warning",
                 note="三年累计抽检份数原样抄入年度列")  # fmt: skip
    devices = mk("≥36台套", "D202", "warning", note="三年累计设备台套数原样抄入年度列")
    trained = mk("≥120人次", "D201", "error", note="年度 120 人次 exceeds the three-year 90")
    table(s, TWO, [
        ("产出指标", "数量指标", "粮食质量安全监测抽检样品数", "≥1800份", samples),
        (None, None, "新增检验检测设备台套数", "≥36台套", devices),
        (None, None, "检验人员培训人次", "≥90人次", trained),
        (None, "质量指标", "检测结果准确率", "≥98%", "≥98%"),
        (None, "时效指标", "监测结果报送时限", "≤15个工作日", "≤15个工作日"),
        (None, "成本指标", "单份样品检测成本", "≤800元/份", "≤800元/份"),
        ("效益指标", "社会效益指标", "超标粮食流入口粮市场起数", "≤0起", "≤0起"),
        (None, "可持续影响指标", "收储库点质量监测覆盖率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "售粮农户对检验服务满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ua09-depot-points", (10,),
         "project, NAT-2021, a tier-1 score column and an indicator score column both adding "
         "to 100, a 合计 row, a coverage raised in 百分点 (correct)")  # fmt: skip
def ua09() -> Book:
    b, s = book()
    project(s, name="苇塘县粮库出入库智能化改造", dept="苇塘县粮食和物资储备局（204）",
            unit="苇塘县粮食收储有限公司", money=funds(300, 280, 20), attr="一次性项目",
            goals=["完成6个库点出入库智能化改造，缩短售粮排队时间。"])  # fmt: skip
    table(s, POINTS, [
        ("产出指标", 40, "数量指标", "出入库智能化改造库点数", "≥6个", 15),
        (None, None, None, "智能扦样设备配置数量", "≥6台", 10),
        (None, None, "质量指标", "改造设备验收合格率", "100%", 10),
        (None, None, "时效指标", "改造完成时间", f"{YEAR}年10月31日前", 5),
        ("成本指标", 15, "经济成本指标", "单个库点改造成本", "≤45万元/个", 15),
        ("效益指标", 35, "社会效益指标", "售粮车辆平均等候时长", "≤40分钟", 10),
        (None, None, "经济效益指标", "出入库作业效率提高幅度", "≥15%", 10),
        (None, None, "可持续影响指标", "库点智能化管理覆盖率较上年提高", "≥5百分点", 15),
        ("满意度指标", 10, "服务对象满意度指标", "售粮农户满意度", "≥90%", 10),
        ("合计", 100, None, None, None, 100),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("ua10-testing-points-wrong", (10, 1),
         "project, NAT-2021, tier-1 score column against the indicator scores under it: 产出 "
         "declared 45 over indicators worth 40; a typed percent of 110 % on a rate")  # fmt: skip
def ua10() -> Book:
    b, s = book()
    project(s, name="鹤渚县粮食质量安全风险监测", dept="鹤渚县粮食和物资储备局（415）",
            unit="鹤渚县粮油质量检验站", money=funds(68, 68, 0),
            goals=["开展新收获粮食和库存粮食质量安全风险监测，数据及时上报。"])  # fmt: skip
    tier = mk(45, "W103", "error", note="产出指标 45 分, indicators under it 15 + 10 + 10 + 5 = 40")
    b.file_mark("W101", "error", required=False,
                note="the indicator scores then add to 95: a W101 is fair")  # fmt: skip
    over = mk(pct(1.1), "T106", "error", note="上传完整率 110 %: a completeness rate is capped")
    table(s, POINTS, [
        ("产出指标", tier, "数量指标", "风险监测样品数", "≥160份", 15),
        (None, None, None, "监测覆盖乡镇数", "≥9个", 10),
        (None, None, "质量指标", "检测数据上传完整率", over, 10),
        (None, None, "时效指标", "监测报告报送时限", "≤10个工作日", 5),
        ("成本指标", 15, "经济成本指标", "单份样品监测成本", "≤900元/份", 15),
        ("效益指标", 30, "社会效益指标", "超标粮食处置率", "100%", 15),
        (None, None, "可持续影响指标", "风险监测数据库更新率", "≥95%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "粮食收储企业满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("ua11-testing-labels", (5,),
         "project, OLD-NAT, tier labels numbered (一、（一）1.), abbreviated (数量, 时效), with a "
         "* before a tier-1 and ★ on core indicators (correct)")  # fmt: skip
def ua11() -> Book:
    b, s = book()
    project(s, name="桐坂区粮食质量安全检验监测", dept="桐坂区粮食和物资储备中心（091）",
            unit="桐坂区粮油质量监测站", money=funds(42, 40, 2),
            goals=["完成区内收获期和库存粮食质量安全监测，及时报送监测报告。"])  # fmt: skip
    table(s, HEAD4, [
        ("一、产出指标", "（一）数量", "★粮食质量安全抽检样品数", "≥300份"),
        (None, None, "★监测覆盖乡镇（街道）数", "≥12个"),
        (None, "（二）质量指标", "检测数据上报准确率", "≥98%"),
        (None, "（三）时效", "收获期质量调查报告报送时间", f"{YEAR}年8月31日前"),
        (None, "（四）成本指标", "单份样品检测费用", "≤650元/份"),
        ("*二、效益指标", "1.社会效益指标", "不合格粮食流入口粮市场起数", "≤0起"),
        (None, "2.可持续影响", "粮食质量安全追溯信息完整率", "≥95%"),
        ("三、满意度指标", "（一）服务对象满意度", "粮食收储企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ua12-testing-wrong-parent", (5, 11),
         "project, NAT-2021, numbered labels (一、 1.) with 时效指标 under 效益指标 and a "
         "差错率 with ≥")  # fmt: skip
def ua12() -> Book:
    b, s = book()
    project(s, name="苇塘县粮食质量安全检测", dept="苇塘县粮食和物资储备局（204）",
            unit="苇塘县粮油质量检验站", money=funds(36, 36, 0),
            start=day(YEAR, 3, 1),
            goals=["完成县级储备粮和收购粮食质量安全检测，超标粮食全部定向处置。"])  # fmt: skip
    wrong = mk("≥0.5%", "T108", "warning", row=True,
               note="检测差错率 is 反向 (lower is better) but the value has ≥")  # fmt: skip
    parent = mk("2.时效指标", "F105", "error", alt=("F104",),
                note="时效指标 belongs under 产出指标, not 效益指标")  # fmt: skip
    table(s, HEAD4, [
        ("一、产出指标", "1.数量指标", "粮食质量安全抽检样品数", "≥200份"),
        (None, "2.质量指标", "检测结果复核一致率", "≥95%"),
        (None, None, "检测差错率", wrong),
        ("二、成本指标", "1.经济成本指标", "单份样品检测成本", "≤700元/份"),
        ("三、效益指标", "1.社会效益指标", "超标粮食定向处置率", "100%"),
        (None, parent, "检测报告出具时限", "≤7个工作日"),
        (None, "3.可持续影响指标", "检验站资质有效率", "100%"),
        ("四、满意度指标", "1.服务对象满意度指标", "送检企业满意度", "≥90%"),
    ])  # fmt: skip
    return b
