"""Returns kl07–kl12: 人社局, 自然资源局, 住建局, 交通局, 水务局 and 农业农村局 (three with
planted mistakes)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout80.common import CITY, YEAR, goal, header, signatures, split_head, tasks
from tests.variants.holdout80.registry import variant
from tests.variants.kit import Book, day, mk, money, ok, pct

W = (18, 18, 34, 16, 16, 16)


@variant("kl07-renshe", (1, 10, 12), "department, 基本支出 │ 项目支出 │ 合计 head whose parts do "
         "not add up, five tasks, a two-line header (绩效指标 / 年度指标值 / 分值) with a 比较符 "
         "column and points adding to 100, a 合格率 given as a count")  # fmt: skip
def kl07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W)
    split_head(s, dept=f"{CITY}人力资源和社会保障局", code="216001", basic=money(6840.25),
               project=money(9370.75),
               total=mk(money(16221.00), "B101", "error", row=True,
                        note="6840.25 + 9370.75 = 16211.00, not 16221.00"),
               fiscal=money(15921.00), other=money(300.00))  # fmt: skip
    tasks(s, [
        ("就业补助", "社保补贴、岗位补贴、创业担保贷款贴息", money(4200.00), "城镇新增就业3.2万人"),
        ("职业技能提升培训", "补贴性职业技能培训", money(2860.75), "培训1.5万人次"),
        ("劳动保障监察", "欠薪治理、执法检查", money(310.00), "检查用人单位1200户"),
        ("人才引进补贴", "高层次人才安家、生活补贴", money(1600.00), "引进高层次人才300人"),
        ("社保经办信息系统运维", "系统运维、数据安全", money(400.00), "系统稳定运行"),
    ], money(9370.75))  # fmt: skip
    goal(s, "实施就业优先政策，开展补贴性职业技能培训，做好人才引进和劳动保障监察，"
         "保持就业局势总体稳定。")  # fmt: skip
    s.row("绩效指标", None, None, "年度指标值", None, "分值", merge=[(1, 3), (4, 5)])
    s.row("一级指标", "二级指标", "三级指标", "比较符", "目标值", None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=6, end_row=s.r, end_column=6)
    s.table([
        ("产出指标", "数量指标", "城镇新增就业", "≥", "3.2万人", 8),
        (None, None, "开展补贴性职业技能培训", "≥", "1.5万人次", 8),
        (None, None, "引进高层次人才", "≥", "300人", 6),
        (None, None, "劳动保障监察检查用人单位", "≥", "1200户", 6),
        (None, "质量指标", "职业技能培训合格率", "≥",
         mk("12000人", "T105", "error", note="a 合格率 given as a head count"), 6),
        (None, None, "劳动保障监察案件结案率", "≥", pct(0.95), 8),
        (None, "时效指标", "就业补贴资金审核拨付时限", "≤", "20个工作日", 8),
        (None, "成本指标", "职业技能培训补贴标准", "≤", "1800元/人", 6),
        ("效益指标", "社会效益指标", "城镇调查失业率", "≤", pct(0.055, "0.0%"), 8),
        (None, None, "零就业家庭动态清零率", "=", pct(1.0), 8),
        (None, "可持续影响指标", "公共就业服务体系", "定性", "不断完善", 8),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", pct(0.90), 10),
        (None, None, "用人单位满意度", "≥", pct(0.88), 10),
    ], merged=(1, 2))  # fmt: skip
    signatures(s, "杨振东", "苏洁", "范文", "2826630")
    return b


@variant("kl08-ziranziyuan", (8, 12), "department with a three-year 实施周期: 中期目标 text, "
         "实施周期指标值 and 年度指标值 columns, cumulative counts a third of the period's, rates "
         "and limits equal, merged tiers")  # fmt: skip
def kl08() -> Book:
    b = Book()
    s = b.sheet("部门整体", W)
    department_head(
        s, year=YEAR, dept=f"{CITY}自然资源局",
        budget=[(money(9640.00), money(9240.00), money(400.00), money(3870.40), money(5769.60))],
        tasks=[
            ("国土空间规划编制", "乡镇国土空间规划编制", money(1200.00), "完成14个乡镇规划编制"),
            ("不动产登记", "登记系统运维、档案数字化", money(860.00), "登记准确高效"),
            ("耕地保护与补充耕地", "补充耕地项目、卫片执法", money(2400.00), "补充耕地2000亩以上"),
            ("地质灾害防治", "隐患点专业监测、应急处置", money(909.60), "监测隐患点120处"),
            ("自然资源调查监测", "年度变更调查", money(400.00), "完成年度变更调查"),
            ("金额合计", None, money(5769.60), None),
        ],
        goal=f"{YEAR}年完成14个乡镇国土空间规划编制，补充耕地2000亩以上，"
        "做好地质灾害隐患点专业监测和历史遗留矿山生态修复。",
    )  # fmt: skip
    goal(s, "2027—2029年完成全市42个乡镇国土空间规划编制，补充耕地6000亩以上，"
         "修复历史遗留矿山900亩以上，守牢耕地保护红线。",
         label="中期目标（2027年—2029年）")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值")
    s.table([
        ("产出指标", "数量指标", "地质灾害隐患点专业监测", "≥360处", "≥120处"),
        (None, None, "补充耕地面积", "≥6000亩", "≥2000亩"),
        (None, None, "完成乡镇国土空间规划编制", "≥42个", "≥14个"),
        (None, None, "开展耕地卫片执法检查", "≥12次", "≥4次"),
        (None, "质量指标", "补充耕地项目验收合格率", pct(1.0), pct(1.0)),
        (None, None, "不动产登记准确率", "≥99%", "≥99%"),
        (None, "时效指标", "一般不动产登记办理时限", "≤3个工作日", "≤3个工作日"),
        (None, "成本指标", "“三公”经费支出", "≤60.00万元", "≤20.00万元"),
        ("效益指标", "社会效益指标", "地质灾害隐患点群测群防覆盖率", pct(1.0), pct(1.0)),
        (None, "生态效益指标", "历史遗留矿山生态修复面积", "≥900亩", "≥300亩"),
        (None, "可持续影响指标", "国土空间规划实施监督机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "不动产登记办事群众满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    signatures(s, "陆文斌", "卢婷", "黎明辉", "2840915")
    return b


@variant("kl09-zhujian", (12,), "department, 基本支出 │ 项目支出 │ 合计 head, five tasks, inline "
         "values and an 指标解释 column; one indicator pasted twice and no 满意度指标 at "
         "all")  # fmt: skip
def kl09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W)
    split_head(s, dept=f"{CITY}住房和城乡建设局", code="221001", basic=money(4120.50),
               project=money(15879.50), total=money(20000.00), fiscal=money(18500.00),
               other=money(1500.00))  # fmt: skip
    tasks(s, [
        ("城镇老旧小区改造", "水电气管网、加装电梯、外立面", money(9800.00), "改造老旧小区26个"),
        ("住房租赁补贴", "中低收入住房困难家庭租赁补贴", money(2160.00), "发放补贴3600户"),
        ("建筑市场监管", "工地安全巡查、质量抽检", money(420.00), "检查建筑工地800次"),
        ("城市燃气安全整治", "老化燃气管道更新改造", money(2890.00), "更新改造管道85公里"),
        ("农村危房改造", "低收入群体危房改造补助", money(609.50), "改造危房120户"),
    ], money(15879.50))  # fmt: skip
    goal(s, "推进城镇老旧小区改造和燃气管道老化更新，保障住房困难家庭基本住房需求，"
         "加强建筑市场和工程质量安全监管。")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "指标解释")
    s.table([
        ("产出指标", "数量指标", "改造城镇老旧小区", "≥26个", "年度改造计划"),
        (None, None, "发放住房租赁补贴", "≥3600户", "保障中低收入家庭"),
        (None, None, "燃气管道老化更新改造", "≥85公里", "市政及庭院管道"),
        (None, None, "农村危房改造", "≥120户", "低收入群体"),
        (None, None, "建筑工地安全检查", "≥800次", "含“双随机”检查"),
        (None, None, mk("改造城镇老旧小区", "D101", "warning", row=True, alt=("D102", "D103"),
                        note="the first row pasted again"), "≥26个", "年度改造计划"),
        (None, "质量指标", "老旧小区改造工程验收合格率", pct(1.0), "竣工验收"),
        (None, None, "农村危房改造竣工验收合格率", pct(1.0), "竣工验收"),
        (None, "时效指标", "住房租赁补贴按季度发放及时率", "≥98%", "每季度末发放"),
        (None, "成本指标", "“三公”经费支出", "≤22.00万元", "控制数"),
        ("效益指标", "社会效益指标", "老旧小区改造惠及居民", "≥1.1万户", "改造小区住户"),
        (None, None, "城镇燃气安全事故发生率", "较上年下降", "与上年比较"),
        (None, "可持续影响指标", "老旧小区改造后长效管理机制", "建立并执行", "物业管理全覆盖"),
    ], merged=(1, 2))  # fmt: skip
    b.file_mark("F106", "error", note="no 满意度指标 although residents are served")
    signatures(s, "谢国荣", "朱晓梅", "江涛", "2865402")
    return b


@variant("kl10-jiaotong", (11, 12), "department, income and expenditure lists (收入合计 = "
         "支出合计), five tasks, 指标方向 (正向/反向/定性) and 比较符 in words, bare "
         "numbers with a 计量单位 column, percent cells")  # fmt: skip
def kl10() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标表", (18, 20, 34, 14, 14, 14))
    s.title(f"{CITY}{YEAR}年度部门整体支出绩效目标表", 7)
    s.row("部门名称", f"{CITY}交通运输局", None, "填报日期", day(YEAR - 1, 11, 25),
          merge=[(2, 3), (5, 6)])  # fmt: skip
    top = s.r + 1
    s.row("收入预算（万元）", "一般公共预算拨款", money(18640.00))
    s.row(None, "政府性基金预算拨款", money(5200.00))
    s.row(None, "其他收入", money(160.00))
    s.row(None, "收入合计", money(24000.00))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    top = s.r + 1
    s.row("支出预算（万元）", "基本支出", money(2480.30))
    s.row(None, "项目支出", money(21519.70))
    s.row(None, "支出合计", money(24000.00))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    tasks(s, [
        ("农村公路养护", "县乡村道日常养护", money(6800.00), "养护农村公路2650公里"),
        ("国省干线公路大中修", "路面大中修工程", money(9200.00), "完成大中修48公里"),
        ("城乡公交运营补贴", "新能源公交购置、运营补贴", money(3600.00), "城乡公交稳定运行"),
        ("交通运输综合执法", "治超、客运市场执法", money(519.70), "运输市场秩序良好"),
        ("公路安全生命防护工程", "临水临崖路段防护", money(1400.00), "实施防护工程120公里"),
    ], money(21519.70))  # fmt: skip
    goal(s, "抓好农村公路养护和国省干线大中修，推进城乡公交一体化和公路安全生命防护工程，"
         "保障群众安全便捷出行。")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "农村公路养护里程", "正向", "大于等于", 2650, "公里"),
        (None, None, "国省干线公路大中修", "正向", "大于等于", 48, "公里"),
        (None, None, "实施公路安全生命防护工程", "正向", "大于等于", 120, "公里"),
        (None, None, "新增更新新能源公交车", "正向", "大于等于", 60, "辆"),
        (None, "质量指标", "国省干线公路优良路率", "正向", "大于等于", pct(0.90), "%"),
        (None, None, "农村公路列养率", "正向", "等于", pct(1.0), "%"),
        (None, None, "大中修工程交工验收合格率", "正向", "等于", pct(1.0), "%"),
        (None, "时效指标", "公交运营补贴拨付及时率", "正向", "大于等于", pct(0.95), "%"),
        (None, "成本指标", "农村公路日常养护成本", "反向", "小于等于", 2.5, "万元/公里"),
        (None, None, "“三公”经费支出", "反向", "小于等于", 15.60, "万元"),
        ("效益指标", "社会效益指标", "具备条件的建制村通客车率", "正向", "等于", pct(1.0), "%"),
        (None, "可持续影响指标", "公路养护长效机制", "定性", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "公交乘客满意度", "正向", "大于等于", pct(0.90),
         "%"),
        (None, None, "沿线群众满意度", "正向", "大于等于", pct(0.88), "%"),
    ], merged=(1, 2))  # fmt: skip
    signatures(s, "石建军", "韩璐", "孔祥宇", "2819934")
    return b


@variant("kl11-shuiwu", (1, 10, 11), "department head, five tasks, inline values with a 分值 "
         "column adding to 100: a 合格率 of ≥100 % and a 漏损率 with ≥")  # fmt: skip
def kl11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W)
    department_head(
        s, year=YEAR, dept=f"{CITY}水务局",
        budget=[(money(13260.00), money(12460.00), money(800.00), money(2360.00),
                 money(10900.00))],
        tasks=[
            ("城市排水管网维护", "管网疏通、清淤、检测", money(3200.00), "疏通养护管网680公里"),
            ("农村饮水安全工程维修养护", "农村供水工程维修", money(1800.00), "维修养护150处"),
            ("中小河流治理", "河道清淤、护岸", money(4100.00), "治理河道18公里"),
            ("水资源监测", "监测站点运维", money(600.00), "64个站点正常运行"),
            ("防汛抗旱物资储备", "防汛物资采购、仓储", money(1200.00), "汛前物资储备到位"),
            ("金额合计", None, money(10900.00), None),
        ],
        goal="保障城乡供水安全，做好排水管网维护、中小河流治理和防汛抗旱准备，"
        "提升水资源监测能力。",
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "分值")
    s.table([
        ("产出指标", "数量指标", "疏通养护排水管网", "≥680公里", 8),
        (None, None, "维修养护农村供水工程", "≥150处", 8),
        (None, None, "治理中小河流河道", "≥18公里", 8),
        (None, None, "水资源监测站点正常运行", "≥64个", 6),
        (None, "质量指标", "城市出厂水水质合格率",
         mk("≥100%", "T106", "error", note="a 合格率 cannot exceed 100 %: =100% or ≥9x%"), 8),
        (None, None, "河道治理工程验收合格率", pct(1.0), 6),
        (None, None, "城市公共供水管网漏损率",
         mk("≥9%", "T108", "warning", row=True, note="a 反向 rate with ≥"), 6),
        (None, "时效指标", "防汛物资储备到位时间", "5月31日前", 6),
        (None, "成本指标", "“三公”经费支出", "≤10.50万元", 6),
        ("效益指标", "社会效益指标", "农村自来水普及率", "≥93%", 8),
        (None, None, "城市防洪排涝能力", "提升", 6),
        (None, "生态效益指标", "地表水国控断面水质优良比例", "≥90%", 8),
        ("满意度指标", "服务对象满意度指标", "供水服务用户满意度", "≥90%", 8),
        (None, None, "沿河群众满意度", "≥88%", 8),
    ], merged=(1, 2))  # fmt: skip
    s.row(None, None, "合计", None, 100)
    signatures(s, "严正", "潘悦", "丁一鸣", "2855021")
    return b


@variant("kl12-nongye", (5, 12), "department, 职责履行/履职效能/管理效率 with tiers filled down in "
         "every row, 基本支出 │ 项目支出 │ 合计 head, five tasks, inline values, a 备注 "
         "column")  # fmt: skip
def kl12() -> Book:
    b = Book()
    s = b.sheet("部门整体", W)
    split_head(s, dept=f"{CITY}农业农村局", code="224001", basic=money(4580.20),
               project=money(27419.80), total=money(32000.00), fiscal=money(31200.00),
               other=money(800.00), filled=day(YEAR - 1, 11, 12))  # fmt: skip
    tasks(s, [
        ("高标准农田建设", "田块整治、灌溉排水、田间道路", money(12000.00),
         "新建高标准农田4.5万亩"),
        ("耕地地力保护补贴", "按承包耕地面积发放补贴", money(9800.00), "补贴面积92万亩"),
        ("动物疫病防控", "强制免疫疫苗、监测", money(1519.80), "不发生区域性重大动物疫情"),
        ("农村人居环境整治", "生活垃圾收运、农村改厕", money(3200.00), "村庄环境持续改善"),
        ("农业技术推广", "农技培训、示范基地", money(900.00), "培训农民6000人次"),
    ], money(27419.80))  # fmt: skip
    goal(s, "稳定粮食生产，推进高标准农田建设和农村人居环境整治，落实耕地地力保护补贴，"
         "做好动物疫病防控，促进农民持续增收。")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table([
        ("职责履行", "重点工作任务完成", "新建高标准农田", "≥4.5万亩", None),
        ("职责履行", "重点工作任务完成", "耕地地力保护补贴面积", "≥92万亩", None),
        ("职责履行", "重点工作任务完成", "重大动物疫病强制免疫畜禽", "≥260万头（只）", None),
        ("职责履行", "重点工作任务完成", "农业技术推广培训农民", "≥6000人次", None),
        ("职责履行", "履职质量", "高标准农田建设项目验收合格率", pct(1.0), None),
        ("职责履行", "履职质量", "强制免疫应免畜禽免疫密度", "≥90%", "春秋两季"),
        ("职责履行", "履职时效", "耕地地力保护补贴发放", "6月30日前", None),
        ("履职效能", "经济效益", "农村居民人均可支配收入增长", "≥6.5%", "比上年"),
        ("履职效能", "社会效益", "粮食总产量", "≥62万吨", None),
        ("履职效能", "生态效益", "农村生活垃圾收运处置体系覆盖自然村比例", "≥95%", None),
        ("履职效能", "服务对象满意度", "农户满意度", "≥90%", "抽样调查"),
        ("管理效率", "预算管理", "预算执行率", ok("≥95%", note="管理效率 is this framework's "
         "process tier"), None),
        ("管理效率", "预算管理", "“三公”经费支出", "≤19.20万元", None),
        ("管理效率", "资产管理", "资产管理规范性", "规范", None),
    ])  # fmt: skip
    signatures(s, "龙海波", "秦芳", "陶然", "2808816")
    return b
