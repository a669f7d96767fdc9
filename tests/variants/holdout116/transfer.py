"""Provincial transfer-payment 区域绩效目标表 with a 分配表 sheet (lv01, lv02, lv11, lv12)."""

from __future__ import annotations

from tests.variants.holdout116.common import allocation, amt, indicators, sign, transfer_head
from tests.variants.holdout116.registry import variant
from tests.variants.kit import Book, mk, ok, pct

HEAD = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("lv01-road-upkeep-allocation", (5, 12), "省级转移支付区域绩效目标表 with a 分配表 sheet "
         "(县区 · 分配金额 · 其中中央 · 省级, 合计), operator and unit columns, "
         "OLD-NAT")  # fmt: skip
def lv01() -> Book:
    b = Book()
    s = b.sheet("区域绩效目标表", (16, 16, 30, 10, 14, 14))
    transfer_head(
        s, year=2026, fund="澜州省农村公路养护省级补助资金", dept="澜州省交通运输厅",
        fin="澜州省财政厅", total=12480, central=4680, provincial=7800,
        goals="目标1：完成全省农村公路日常养护18600公里，实施养护工程420公里；目标2：改造危桥36座，"
        "优良中等路率达到85%以上；目标3：沿线群众满意度不低于90%。",
    )  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "农村公路日常养护里程", "≥", 18600, "公里"),
        (None, None, "养护工程（大中修）实施里程", "≥", 420, "公里"),
        (None, None, "危桥改造数量", "≥", 36, "座"),
        (None, "质量指标", "养护工程交工验收合格率", "≥", pct(0.98), "%"),
        (None, None, "优良中等路率", "≥", pct(0.85), "%"),
        (None, "时效指标", "年度养护工程完工率", "≥", pct(0.95), "%"),
        (None, None, "补助资金下达时限", "≤", 30, "天"),
        (None, "成本指标", "县乡道日常养护省级补助标准", "≤", 3000, "元/公里·年"),
        ("效益指标", "社会效益指标", "农村公路列养率", "=", pct(1), "%"),
        (None, None, "农村公路通行条件", "定性", "明显改善", None),
        (None, "生态效益指标", "路域环境整治里程", "≥", 2400, "公里"),
        (None, "可持续影响指标", "县乡村三级路长制覆盖率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "填报单位（盖章）：澜州省交通运输厅", "填报日期：2025年11月28日")
    a = b.sheet("分配表", (8, 16, 14, 16, 14, 16))
    allocation(a, title="2026年度澜州省农村公路养护省级补助资金分配表", lines=[
        ("青岫县", 1660, 620, 1040),
        ("鹤汀区", 1240, 480, 760),
        ("云栖县", 2440, 910, 1530),
        ("芦塘县", 1900, 705, 1195),
        ("柘溪县", 2840, 1065, 1775, "含危桥改造8座"),
        ("松陂县", 2400, 900, 1500),
    ], note="注：按养护里程（权重60%）、路况水平（权重25%）和绩效评价结果（权重15%）"
            "因素法分配。")  # fmt: skip
    return b


@variant("lv02-clinic-allocation-short", (5, 12), "省级转移支付区域绩效目标表 with a 分配表 whose "
         "county lines do not add to its 合计; a 达标率 given as a count")  # fmt: skip
def lv02() -> Book:
    b = Book()
    s = b.sheet("区域绩效目标表", (16, 16, 30, 10, 14, 14))
    transfer_head(
        s, year=2026, fund="澜州省基层医疗卫生机构能力提升补助资金", dept="澜州省卫生健康委员会",
        fin="澜州省财政厅", total=8640, central=3240, provincial=5400,
        goals="支持6个县（区）乡镇卫生院和村卫生室提档升级，配置基本医疗设备，开展基层卫生人员"
        "能力培训，基层医疗卫生机构诊疗量占比稳步提高。",
    )  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "支持乡镇卫生院提档升级数量", "≥", 48, "个"),
        (None, None, "村卫生室标准化建设数量", "≥", 260, "个"),
        (None, None, "基层卫生人员培训人次", "≥", 3600, "人次"),
        (None, "质量指标",
         mk("乡镇卫生院服务能力达标率", "T105", "error", row=True,
            note="a 达标率 given as 12个, not a percentage"), "≥", 12, "个"),
        (None, None, "设备采购验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "项目年内完成率", "≥", pct(0.9), "%"),
        (None, "成本指标", "村卫生室标准化建设补助标准", "≤", 8, "万元/个"),
        ("效益指标", "社会效益指标", "基层医疗卫生机构诊疗量占比", "≥", pct(0.6), "%"),
        (None, None, "县域内就诊率", "≥", pct(0.9), "%"),
        (None, "可持续影响指标", "设备正常使用率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥", pct(0.9), "%"),
        (None, None, "基层医务人员满意度", "≥", pct(0.85), "%"),
    ])  # fmt: skip
    sign(s, "填报单位（盖章）：澜州省卫生健康委员会", "填报日期：2025年12月3日")
    a = b.sheet("分配表", (8, 16, 14, 16, 14, 16))
    allocation(a, title="2026年度澜州省基层医疗卫生机构能力提升补助资金分配表", lines=[
        ("白岩区", 1200, 450, 750),
        ("杏垣县", 1440, 540, 900),
        ("青岫县", 1680, 630, 1050),
        ("云栖县", 1560, 585, 975),
        ("芦塘县", 1260, 495, 765),
        ("枫屿县", 1440, 540, 900),
    ], total=mk(amt(8640), "B102", "error", alt=("B101",),
                note="the county lines add to 8,580, not the 合计 8,640 (芦塘县 60 short)"),
       c_total=amt(3240),
       p_total=mk(amt(5400), "B102", "error", alt=("B101",), required=False,
                  note="the 省级 lines add to 5,340: the same shortfall"))  # fmt: skip
    return b


@variant("lv11-school-transfer-two-line-header", (5, 12), "省级转移支付区域绩效目标表, two-line "
         "header (绩效指标 over 一级/二级/三级), operators inside the values, "
         "分配表 with 备注")  # fmt: skip
def lv11() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (16, 18, 32, 16, 14, 14))
    transfer_head(
        s, year=2026, fund="澜州省城乡义务教育薄弱环节改善与能力提升补助资金",
        dept="澜州省教育厅", fin="澜州省财政厅", total=9450, central=5670, provincial=3780,
        goals="改善45所农村义务教育学校办学条件，新建改扩建校舍2.4万平方米，补充学生课桌椅及"
        "功能室设备，消除大班额，义务教育学校办学条件达标率保持100%。",
    )  # fmt: skip
    top = s.row("绩效指标", None, None, "指标值", "指标值设定依据", None, merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标", None, None, None)
    s.ws.merge_cells(start_row=top, start_column=4, end_row=s.r, end_column=4)
    s.ws.merge_cells(start_row=top, start_column=5, end_row=s.r, end_column=6)
    s.table([
        ("产出指标", "数量指标", "支持改善办学条件学校数量", "≥45所", "计划标准", None),
        (None, None, "新建改扩建校舍面积", "≥2.4万平方米", "计划标准", None),
        (None, None, "购置学生课桌椅", "≥8600套", "计划标准", None),
        (None, "质量指标", "校舍工程竣工验收合格率", pct(1), "行业标准", None),
        (None, None, "设备采购符合国家标准比例", pct(1), "行业标准", None),
        (None, "时效指标", "校舍工程开工时间", "2026年5月底前", "计划标准", None),
        (None, None, "设备采购完成时间", "2026年10月底前", "计划标准", None),
        (None, "成本指标", "校舍新建改扩建单位造价", "≤3200元/平方米", "历史标准", None),
        ("效益指标", "社会效益指标", "义务教育学校办学条件达标率", pct(1), "计划标准", None),
        (None, None, "56人以上大班额数量", "≤0个", "计划标准", None),
        (None, "可持续影响指标", "改善后校舍使用年限", "≥50年", "行业标准", None),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%", "历史标准", None),
        (None, None, "受益学校教师满意度", "≥90%", "历史标准", None),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "经办人：程佳音    联系电话：0871-66027314", "澜州省教育厅（盖章）  2025年11月30日")
    a = b.sheet("资金分配表", (8, 16, 14, 16, 14, 22))
    allocation(a, title="2026年度城乡义务教育薄弱环节改善与能力提升补助资金分配表", lines=[
        ("柘溪县", 1890, 1134, 756, "9所"),
        ("杏垣县", 1575, 945, 630, "8所"),
        ("松陂县", 2205, 1323, 882, "10所"),
        ("沙陌县", 1260, 756, 504, "6所"),
        ("鹤汀区", 2520, 1512, 1008, "12所，含大班额化解"),
    ])  # fmt: skip
    return b


@variant("lv12-farmland-allocation-line", (5, 12), "省级转移支付区域绩效目标表 with a 分配表: "
         "one county's 分配金额 ≠ 中央 + 省级; no 满意度指标 tier")  # fmt: skip
def lv12() -> Book:
    b = Book()
    s = b.sheet("区域绩效目标表", (16, 16, 30, 10, 14, 14))
    transfer_head(
        s, year=2026, fund="澜州省高标准农田建设省级补助资金", dept="澜州省农业农村厅",
        fin="澜州省财政厅", total=15600, central=9360, provincial=6240,
        goals="新建高标准农田5.2万亩，同步发展高效节水灌溉1.2万亩，提升耕地质量，新增粮食产能。",
    )  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "新建高标准农田面积", "≥", 52000, "亩"),
        (None, None, "高效节水灌溉面积", "≥", 12000, "亩"),
        (None, None, "新建改造田间道路", "≥", 86, "公里"),
        (None, "质量指标", "工程竣工验收合格率", "=", pct(1), "%"),
        (None, None, "上图入库率", "=", pct(1), "%"),
        (None, "时效指标", "年度建设任务完成时间", "≤", "2026年12月31日", None),
        (None, "成本指标", "亩均财政投入", "≤", 3000, "元/亩"),
        ("效益指标", "经济效益指标", "新增粮食产能", "≥", 520, "万斤"),
        (None, "社会效益指标", "项目区耕地质量等级提升", "≥", 0.5, "等"),
        (None, "生态效益指标", "项目区农田灌溉水有效利用系数", "≥", 0.6, None),
        (None, "可持续影响指标", "工程设计使用年限", "≥", 15, "年"),
    ])  # fmt: skip
    b.file_mark("F106", "error", note="no 满意度指标 tier although farmers are the users")
    sign(s, "填报单位（盖章）：澜州省农业农村厅", "填报日期：2025年12月1日")
    a = b.sheet("分配表", (8, 16, 14, 16, 14, 16))
    allocation(a, title="2026年度澜州省高标准农田建设省级补助资金分配表", lines=[
        ("青岫县", 3120, 1872, 1248),
        ("杏垣县", 3900, 2340, 1560),
        ("松陂县", mk(amt(2430), "B101", "error", alt=("B102",),
                      note="1,404 + 936 = 2,340, typed 2,430"), 1404, 936),
        ("柘溪县", 3640, 2184, 1456),
        ("沙陌县", 2600, 1560, 1040),
    ], total=ok(amt(15600), "error", note="right, but the lines with 松陂县's typo add to "
                "15,690: tolerated"))  # fmt: skip
    return b
