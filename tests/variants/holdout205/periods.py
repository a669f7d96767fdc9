"""Multi-year project tables with 中期 and 年度 columns: inline values, a 备注 column, an
operator and a unit column (pg08–pg12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout205.common import TWO, book, indicators, period_money, wan
from tests.variants.holdout205.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("pg08-period-vague-annual", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: the 年度 completion time written 及时, the 年度 亩产增长率 written "
         "有所提高")  # fmt: skip
def pg08() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="高标准农田建设项目", dept="雁回县农业农村局（406）",
        unit="雁回县农田建设服务中心",
        money=period_money((wan(4500), wan(3600), wan(900)), (wan(1500), wan(1200), wan(300))),
        goals=["2026年至2028年累计建成高标准农田3万亩，新增高效节水灌溉面积6000亩，"
               "项目区粮食亩产提高10%以上。",
               "2026年建成高标准农田1万亩，新增高效节水灌溉面积2000亩。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "建成高标准农田面积", "≥3万亩", "≥1万亩"),
        (None, None, "新增高效节水灌溉面积", "≥6000亩", "≥2000亩"),
        (None, "质量指标", "工程竣工验收合格率", pct(1), pct(1)),
        (None, "时效指标", "年度建设任务完成时间", "每年12月31日前",
         mk("及时", "T102", "warning", alt=("T116", "D203"),
            note="a vague word where a date is needed (2026年12月31日前)")),
        ("成本指标", "经济成本指标", "亩均建设投入", "≤1500元/亩", "≤1500元/亩"),
        ("效益指标", "经济效益指标", "项目区粮食亩产增长率", "≥10%",
         mk("有所提高", "T105", "error", alt=("T102", "T116", "D203"),
            note="a 增长率 needs a percentage, not a direction word")),
        (None, "生态效益指标", "新增年节水能力", "≥180万立方米", "≥60万立方米"),
        (None, "可持续影响指标", "工程建后管护主体落实率", pct(1), pct(1)),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pg09-period-quarterly-year-end", (8,), "two-year project, NAT-2021, 中期 and 年度 "
         "columns: 每季度不少于1次 in both, 年底前, ≥5个百分点 / ≥3个百分点, 良好, "
         "cost standards × counts equal to the 中期 money (correct)")  # fmt: skip
def pg09() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, name="乡村文化振兴示范项目",
        dept="白沙河区文化广电和旅游局（331）", unit="白沙河区文化馆",
        money=period_money((wan(240), wan(200), wan(40)), (wan(136), wan(116), wan(20))),
        goals=["两年建设村级综合文化服务中心示范点20个，开展送戏下乡演出160场，"
               "村级文化活动每季度不少于1次。",
               "2026年建设示范点12个，开展送戏下乡演出80场，年底前完成首批示范点验收。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "村级综合文化服务中心示范点建设数", "≥20个", "≥12个"),
        (None, None, "送戏下乡演出场次", "≥160场", "≥80场"),
        (None, None, "村级文化活动开展频次", "每季度不少于1次", "每季度不少于1次"),
        (None, "质量指标", "示范点建设验收评定等级", "良好", "良好"),
        (None, "时效指标", "示范点验收完成时间", "2027年10月31日前", "年底前"),
        ("成本指标", "经济成本指标", "示范点建设补助标准", "≤8万元/个", "≤8万元/个"),
        (None, None, "送戏下乡单场演出补助", "≤0.5万元/场", "≤0.5万元/场"),
        ("效益指标", "社会效益指标", "村民文化活动参与率提升", "≥5个百分点", "≥3个百分点"),
        (None, "可持续影响指标", "示范点长效管理机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pg10-period-month-13", (8,), "three-year project, NAT-2021, 中期 and 年度 columns and "
         "a 备注 column: the 中期 deadline 2028年13月底前, the 年度 管网长度 written "
         "逐步改善")  # fmt: skip
def pg10() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 18, 20))
    project_head(
        s, year=2026, years=3, name="农村生活污水治理项目", dept="石门湾区生态环境局（522）",
        unit="石门湾区农村环境整治中心",
        money=period_money((wan(3000), wan(2400), wan(600)), (wan(1100), wan(900), wan(200))),
        goals=["三年完成60个行政村生活污水治理，新建污水收集管网180公里，"
               "农村生活污水治理率达到70%以上。",
               "2026年完成22个行政村生活污水治理，治理设施正常运行。"],
    )  # fmt: skip
    indicators(s, (*TWO, "备注"), [
        ("产出指标", "数量指标", "完成生活污水治理行政村数", "≥60个", "≥22个", "累计数"),
        (None, None, "新建污水收集管网长度", "≥180公里",
         mk("逐步改善", "T102", "warning", alt=("T116", "D203"),
            note="a length needs a number of 公里"), "主管网和入户支管"),
        (None, "质量指标", "治理设施出水水质达标率", "≥90%", "≥90%", "按季度抽检"),
        (None, "时效指标", "治理工程完工时间",
         mk("2028年13月底前", "Y106", "error", alt=("T116",), note="there is no 13th month"),
         "2026年12月31日前", None),
        ("成本指标", "经济成本指标", "单个行政村治理平均投资", "≤40万元/个", "≤40万元/个", None),
        ("效益指标", "生态效益指标", "农村生活污水治理率", "≥70%", "≥45%", "全区行政村"),
        (None, "可持续影响指标", "治理设施正常运行率", "≥90%", "≥90%", None),
        ("满意度指标", "服务对象满意度指标", "受益村民满意度", "≥90%", "≥90%", "问卷调查"),
    ])  # fmt: skip
    return b


@variant("pg11-operator-column-ratio", (8,), "two-year project, NAT-2021, an operator column "
         "before 中期 and 年度 values and a unit column: 医护比例 1:1.2, 达到国家标准, "
         "48小时 response (correct)")  # fmt: skip
def pg11() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 16, 16, 10))
    project_head(
        s, year=2026, years=2, name="紧密型县域医共体建设项目", dept="临溪县卫生健康局（219）",
        unit="临溪县人民医院",
        money=period_money((wan(600), wan(500), wan(100)), (wan(320), wan(260), wan(60))),
        goals=["两年建成县域远程会诊中心并接入全县18家乡镇卫生院，下派医务人员120人次，"
               "远程会诊申请48小时内响应，基层医护比例不低于1:1.2。",
               "2026年完成远程会诊平台建设并接入10家乡镇卫生院，下派医务人员60人次。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "接入远程会诊平台乡镇卫生院数", "≥", 18, 10, "家"),
        (None, None, "下派医务人员人次", "≥", 120, 60, "人次"),
        (None, "质量指标", "远程影像诊断质量", "定性", "达到国家标准", "达到国家标准", None),
        (None, None, "基层医护比例", "≥", "1:1.2", "1:1.2", None),
        (None, "时效指标", "远程会诊申请响应时间", "≤", 48, 48, "小时"),
        ("成本指标", "经济成本指标", "远程会诊平台建设费用", "≤", 260, 180, "万元"),
        ("效益指标", "社会效益指标", "县域内就诊率", "≥", 90, 88, "%"),
        (None, "可持续影响指标", "医共体运行管理机制", "定性", "健全", "健全", None),
        ("满意度指标", "服务对象满意度指标", "患者满意度", "≥", 90, 90, "%"),
    ])  # fmt: skip
    return b


@variant("pg12-period-km-for-bridges", (8,), "three-year project, OLD-NAT, 中期 and 年度 "
         "columns headed 实施期目标值 / 年度目标值: the 年度 桥梁座数 written ≥8公里, the 年度 "
         "合格率 written ≥＞95%")  # fmt: skip
def pg12() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="农村公路提档升级项目", dept="云渡市交通运输局（305）",
        unit="云渡市公路事业发展中心",
        money=period_money((wan(9000), wan(6000), wan(3000)), (wan(3200), wan(2200), wan(1000))),
        goals=["三年完成农村公路提档升级150公里，改造危旧桥梁24座，"
               "农村公路优良中等路率达到85%以上。",
               "2026年完成农村公路提档升级50公里，改造危旧桥梁8座。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施期目标值", "年度目标值"), [
        ("产出指标", "数量指标", "农村公路提档升级里程", "≥150公里", "≥50公里"),
        (None, None, "危旧桥梁改造座数", "≥24座",
         mk("≥8公里", "T119", "warning", alt=("T116", "T112", "D203", "D104"),
            note="桥梁座数 counted in 公里 (the goal says 8座)")),
        (None, "质量指标", "工程交工验收合格率", "≥95%",
         mk("≥＞95%", "T116", "warning", alt=("D203",), note="two operators typed together")),
        (None, "时效指标", "年度建设任务完成时间", "每年12月31日前", "2026年12月31日前"),
        (None, "成本指标", "提档升级每公里补助标准", "≤50万元/公里", "≤50万元/公里"),
        (None, None, "危桥改造单座补助标准", "≤60万元/座", "≤60万元/座"),
        ("效益指标", "经济效益指标", "沿线农产品运输成本下降率", "≥10%", "≥5%"),
        (None, "社会效益指标", "农村公路优良中等路率", "≥85%", "≥80%"),
        (None, "可持续影响指标", "农村公路管养长效机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
