"""Project returns (§3.1) of 沅岫县 (invented): lu01–lu07."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout115.common import first_of_pair, sign
from tests.variants.holdout115.registry import variant
from tests.variants.kit import Book, day, mk, money, pct


@variant("lu01-rural-road-upkeep", (1,), "project, NAT-2021, 比较符 and 计量单位 columns, percent "
         "cells, tiers merged down; correct")  # fmt: skip
def lu01() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 28, 10, 14, 14))
    project_head(
        s, year=2027, name="沅岫县农村公路日常养护", dept="沅岫县交通运输局（407）",
        unit="沅岫县农村公路养护中心", attr="常年项目",
        money=[("年度资金总额", money(320), "其中：财政拨款", money(300)),
               ("其他资金", money(20), None, None)],
        goals=["完成全县县乡道、村道日常养护，优良中等路率保持在85%以上，路面病害及时修复，"
               "保障群众安全便捷出行。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "县乡道日常养护里程", "≥", 186, "公里"),
            (None, None, "村道日常养护里程", "≥", 412, "公里"),
            (None, None, "路面坑槽修补面积", "≥", 18000, "平方米"),
            (None, "质量指标", "优良中等路率", "≥", pct(0.85), None),
            (None, None, "路面病害修复合格率", "≥", pct(0.95), None),
            (None, "时效指标", "路面坑槽修复时限", "≤", 72, "小时"),
            ("成本指标", "经济成本指标", "县乡道养护单价", "≤", 0.8, "万元/公里"),
            (None, None, "村道养护单价", "≤", 0.35, "万元/公里"),
            ("效益指标", "社会效益指标", "因路况造成的通行中断次数", "≤", 2, "次"),
            (None, None, "群众出行条件", "定性", "明显改善", None),
            (None, "可持续影响指标", "农村公路长效养护机制", "定性", "建立并执行", None),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", pct(0.9), None),
        ],
        merged=(1, 2),
    )
    sign(s, "沅岫县农村公路养护中心", "龚立群", "0731-5526418", "2026年11月18日")
    return b


@variant("lu02-bridge-rebuild-three-years", (8, 1), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: an annual count above its period count, a satisfaction in people")  # fmt: skip
def lu02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 28, 18, 18, 10))
    project_head(
        s, year=2027, years=3, name="沅岫县危桥改造三年行动", dept="沅岫县交通运输局（407）",
        unit="沅岫县公路建设服务中心", attr="新增项目",
        money=[("中期资金总额", money(2400), "年度资金总额", money(900)),
               ("其中：财政拨款", money(2100), "其中：财政拨款", money(800)),
               ("其他资金", money(300), "其他资金", money(100))],
        goals=["2027—2029年完成全县30座危桥改造，消除桥梁通行安全隐患，建立桥梁定期检测制度。",
               "2027年完成10座危桥改造，完成辖区桥梁定期检测，改造桥梁全部通过竣工验收。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    s.table(
        [
            ("产出指标", "数量指标", "危桥改造座数", "≥30座", "≥10座"),
            (None, None, "桥梁定期检测座次", "≥240座次", "≥80座次"),
            (
                None,
                None,
                "新建人行便桥座数",
                "≥4座",
                mk("≥6座", "D201", "error", row=True, note="annual 6 above the 3-year 4"),
            ),
            (None, "质量指标", "改造桥梁竣工验收合格率", pct(1), pct(1)),
            (None, "时效指标", "危桥改造任务完成时间", "2029年12月31日前", "2027年12月31日前"),
            ("成本指标", "经济成本指标", "单座危桥改造平均成本", "≤80万元/座", "≤80万元/座"),
            ("效益指标", "社会效益指标", "桥梁通行安全隐患", "全部消除", "全部消除"),
            (None, "可持续影响指标", "改造桥梁设计使用年限", "≥50年", "≥50年"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "沿线群众满意度",
                "≥90%",
                mk(
                    "≥1200人", "T105", "error", row=True, note="a satisfaction rate given in people"
                ),
            ),
        ],
        merged=(1, 2),
    )
    s.row("备注：中期指标值为2027—2029年累计数。", merge=[(1, 6)])
    sign(s, "沅岫县公路建设服务中心", "莫海舟", "0731-5526730", "2026年11月20日")
    return b


@variant("lu03-school-meals-late-end", (8,), "one-year project, OLD-NAT, operators inside the "
         "values: a 计划完成日期 after the budget year")  # fmt: skip
def lu03() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, name="农村义务教育学生营养改善计划地方配套", dept="沅岫县教育局（403）",
        unit="沅岫县学生资助管理中心",
        end=mk(day(2028, 3, 31), "Y102", "error", alt=("Y101",),
               note="a one-year 2027 project ending in 2028"),
        money=[("年度资金总额", money(456), "其中：财政拨款", money(456)),
               ("其他资金", money(0), None, None)],
        goals=["为全县农村义务教育阶段学生提供营养膳食补助，改善学生营养健康状况，确保食品安全"
               "零事故。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据")
    s.table(
        [
            ("产出指标", "数量指标", "受益学生人数", "≥6000人", "计划标准"),
            (None, None, "供餐天数", "≥190天", "计划标准"),
            (None, None, "供餐学校数", "≥42所", "计划标准"),
            (None, "质量指标", "食堂食品安全量化等级达标率", "≥95%", "行业标准"),
            (None, None, "营养餐留样合格率", "100%", "行业标准"),
            (None, "时效指标", "补助资金拨付时限", "≤30个工作日", "计划标准"),
            (None, "成本指标", "膳食补助标准", "≤4元/人·天", "计划标准"),
            ("效益指标", "社会效益指标", "学生营养健康状况", "有所改善", "历史标准"),
            (None, None, "食品安全责任事故", "0起", "行业标准"),
            (None, "可持续影响指标", "学校食堂管理制度", "健全", "其他标准"),
            ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "历史标准"),
        ],
        merged=(1, 2),
    )
    sign(s, "沅岫县学生资助管理中心", "庞雨菲", "0731-5523096", "2026年11月15日")
    return b


@variant("lu04-flood-control-two-years", (1, 8), "two-year project, OLD-NAT, 比较符 column, "
         "中期 and 年度 values, 计量单位 column, percent cells; correct")  # fmt: skip
def lu04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 26, 10, 14, 14, 12))
    project_head(
        s, year=2027, years=2, name="岫水河中游防洪治理工程", dept="沅岫县水利局（412）",
        unit="沅岫县河道管理所", attr="新增项目",
        money=[("中期资金总额", money(1360), "年度资金总额", money(780)),
               ("其中：财政拨款", money(1200), "其中：财政拨款", money(700)),
               ("其他资金", money(160), "其他资金", money(80))],
        goals=["2027—2028年完成岫水河中游堤防加固和排涝闸站改造，防洪标准达到20年一遇。",
               "2027年完成堤防加固和排涝闸站改造第一期，汛前完成年度主要工程量。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "堤防加固长度", "≥", 8.6, 4.2, "公里"),
            (None, None, "排涝闸站改造", "≥", 5, 3, "座"),
            (None, None, "河道清淤量", "≥", 12, 6, "万立方米"),
            (None, "质量指标", "单元工程质量优良率", "≥", pct(0.9), pct(0.9), None),
            (None, "时效指标", "汛前完成年度工程量比例", "≥", pct(0.8), pct(0.8), None),
            (None, "成本指标", "堤防加固单位造价", "≤", 95, 95, "万元/公里"),
            ("效益指标", "经济效益指标", "受益农田面积", "≥", 2.6, 1.4, "万亩"),
            (None, "社会效益指标", "堤防防洪标准", "≥", 20, 20, "年一遇"),
            (None, "可持续影响指标", "工程设计使用年限", "≥", 30, 30, "年"),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", pct(0.9), pct(0.9), None),
        ],
        merged=(1, 2),
    )
    sign(s, "沅岫县河道管理所", "符建明", "0731-5527712", "2026年11月21日")
    return b


@variant("lu05-home-care-visits", (11, 1), "project, NAT-2021, values with operators, a 计量单位 "
         "column: a 投诉率 with ≥, the same indicator twice with two values")  # fmt: skip
def lu05() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, name="居家养老上门服务", dept="沅岫县民政局（409）",
        unit="沅岫县养老服务指导中心",
        money=[("年度资金总额", money(268), "其中：财政拨款", money(240)),
               ("其他资金", money(28), None, None)],
        goals=["为全县特困、失能、高龄独居老年人提供助餐、助洁、助医等居家上门服务，服务质量"
               "稳步提升。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", first_of_pair("上门服务人次"), "≥12000", "人次"),
            (None, None, "服务覆盖老年人数", "≥1600", "人"),
            (None, None, "助餐服务点", "≥18", "个"),
            (
                None,
                None,
                mk(
                    "上门服务人次",
                    "D102",
                    "error",
                    row=True,
                    alt=("D101", "D103"),
                    note="the same indicator as four rows up, another value",
                ),
                "≥15000",
                "人次",
            ),
            (None, "质量指标", "服务质量抽查合格率", "≥95", "%"),
            (
                None,
                None,
                "服务投诉率",
                mk("≥2", "T108", "warning", row=True, note="a 反向 rate with ≥"),
                "%",
            ),
            (None, "时效指标", "服务需求响应时限", "≤24", "小时"),
            ("成本指标", "经济成本指标", "上门服务补贴标准", "≤40", "元/人次"),
            ("效益指标", "社会效益指标", "老年人居家生活质量", "有所提升", None),
            (None, "可持续影响指标", "居家养老服务网络", "持续完善", None),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90", "%"),
        ],
        merged=(1, 2),
    )
    sign(s, "沅岫县养老服务指导中心", "谭秀英", "0731-5528804", "2026年11月19日")
    return b


@variant("lu06-library-digitisation-date", (8,), "one-year project, NAT-2021, 指标值 and 备注 "
         "columns: a completion date after the budget year inside an indicator")  # fmt: skip
def lu06() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, name="县图书馆古籍与地方文献数字化", dept="沅岫县文化旅游广电体育局（415）",
        unit="沅岫县图书馆", attr="一次性项目",
        money=[("年度资金总额", money(86.5), "其中：财政拨款", money(86.5)),
               ("其他资金", money(0), None, None)],
        goals=["完成馆藏古籍和地方文献扫描、著录，建成地方文献数字资源库并向读者开放。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "古籍扫描页数", "≥120000页", None),
            (None, None, "地方文献著录条目", "≥8000条", None),
            (None, None, "数字资源库建设", "1个", None),
            (None, "质量指标", "扫描图像验收合格率", "≥98%", "按文化行业标准验收"),
            (None, None, "著录数据差错率", "≤0.5%", None),
            (
                None,
                "时效指标",
                "数字资源库上线时间",
                mk(
                    "2028年3月31日前",
                    "Y102",
                    "error",
                    row=True,
                    alt=("Y101", "Y103"),
                    note="a one-year 2027 project with a 2028 deadline",
                ),
                None,
            ),
            ("成本指标", "经济成本指标", "古籍扫描单价", "≤3元/页", "含图像处理"),
            ("效益指标", "社会效益指标", "数字资源年访问量", "≥20000人次", None),
            (None, "可持续影响指标", "古籍原件调阅频次", "明显下降", "减少原件损耗"),
            ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    sign(s, "沅岫县图书馆", "车文静", "0731-5521167", "2026年11月12日")
    return b


@variant("lu07-skills-training-weights", (10,), "project, NAT-2021, a 权重 column whose total "
         "row says 100 while the weights add to 90")  # fmt: skip
def lu07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 28, 16, 12, 20))
    project_head(
        s, year=2027, name="农村劳动力职业技能培训", dept="沅岫县人力资源和社会保障局（410）",
        unit="沅岫县就业服务中心",
        money=[("年度资金总额", money(150), "其中：财政拨款", money(150)),
               ("其他资金", money(0), None, None)],
        goals=["开展农村劳动力职业技能培训，提升劳动者就业技能，促进农村劳动力转移就业。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "权重（满分100分）", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "培训人数", "≥1500人", 10, None),
            (None, None, "培训班期数", "≥30期", 10, None),
            (None, "质量指标", "培训合格率", "≥90%", 10, None),
            (None, None, "职业技能等级证书取证率", "≥70%", 5, None),
            (None, "时效指标", "培训补贴发放时限", "≤20个工作日", 5, "结业后计算"),
            ("成本指标", "经济成本指标", "人均培训补贴", "≤1000元/人", 10, None),
            ("效益指标", "社会效益指标", "培训后就业率", "≥60%", 10, None),
            (None, None, "新增转移就业人数", "≥800人", 10, None),
            (None, "可持续影响指标", "培训机构管理制度", "健全", 10, None),
            ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", 10, None),
        ],
        merged=(1, 2),
    )
    s.row("合计", None, None, None, 100, None, merge=[(1, 4)])
    b.file_mark("W101", "error", note="the weights add to 90, the total row says 100")
    sign(s, "沅岫县就业服务中心", "阮志刚", "0731-5524450", "2026年11月17日")
    return b
